import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals, so Testing Library's automatic cleanup must be wired by hand.
afterEach(cleanup)
// findBy/waitFor wait up to 5 s: a busy 2-core machine can take more than the default second.
configure({ asyncUtilTimeout: 5000 })

// jsdom's Blob has no text(); browsers all do. Read through its FileReader instead.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
      reader.readAsText(this)
    })
  }
}
