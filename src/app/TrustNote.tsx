/** How to read the quotes and times: verbatim, interpreted, approximate. Shown in every layout. */
export function TrustNote({ short = false }: { short?: boolean }) {
  return (
    <footer className="border-t border-line pt-3 text-xs leading-5 text-muted">
      {short
        ? 'Quotes are verbatim from the sources on each card; Russian words are an interpreter’s English, marked “As interpreted”. Times marked “about” are approximate.'
        : 'Quotes are verbatim from the sources named on each card; words spoken in Russian are an interpreter’s English and are marked “As interpreted”. Descriptions are our own. Times marked “about” are approximate; soft bands mark windows and times derived from other facts.'}
    </footer>
  )
}
