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

// jsdom lays nothing out, so every box measures 0 × 0. The timeline lays out its marks only once
// its surface has a width (as in a browser, where it is measured before the first paint): give
// the surface the width of a desktop page's timeline. (Some unit tests run in Node: no DOM.)
if (typeof Element !== 'undefined') {
  const measure = Element.prototype.getBoundingClientRect
  Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element) {
    if (this instanceof HTMLElement && this.hasAttribute('data-timeline-surface')) {
      return new DOMRect(0, 0, 1192, 300)
    }
    return measure.call(this)
  }
}

// jsdom has no canvas and says so on the console each time a context is asked for (axe-core asks
// when it checks contrast; the label measurer too). Answer as a browser without that context
// does, with null, which both already handle, so that the test run prints no false alarms.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return null
  } as typeof HTMLCanvasElement.prototype.getContext
}
