import { useEffect, useState } from 'react'
import { onDemand, PartBoundary } from '../ui/PartBoundary'

// Drawn only while a file is dragged over the page: its code loads then.
const DropOverlay = onDemand(() => import('./DropOverlay'))

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')

/**
 * A file dropped anywhere on the page opens as a timeline. Every drop is caught, so a dropped
 * file or link never makes the browser navigate away from the reader's timeline.
 */
export function DropTarget({ onFile }: { onFile: (file: File) => void }) {
  const [dragging, setDragging] = useState(false)
  useEffect(() => {
    let depth = 0
    const over = (e: DragEvent) => {
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = hasFiles(e) ? 'copy' : 'none'
    }
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return
      depth++
      setDragging(true)
    }
    const leave = () => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      e.preventDefault()
      depth = 0
      setDragging(false)
      const file = e.dataTransfer?.files[0]
      if (file) onFile(file)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [onFile])
  if (!dragging) return null
  return (
    <PartBoundary what="The drop area">
      <DropOverlay />
    </PartBoundary>
  )
}
