import { useEffect } from 'react'
import { stripBidi } from '../lib/bidi'

/** The tab's title for a drawn document: its own words, without direction controls. */
export function documentTitle(title: string): string {
  const words = stripBidi(title).trim()
  return words ? `${words} · Quoteline` : 'Quoteline'
}

/** Keeps the tab's title on `title` (see tabTitles.ts and documentTitle) while the caller shows. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    window.document.title = title
  }, [title])
}
