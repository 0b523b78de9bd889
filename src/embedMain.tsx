import { mount } from './app/mount'
import { readInlineDocument } from './embed/inlineDocument'

// The embed page: built self-contained (scripts and styles inline) so that it runs in
// <iframe sandbox="allow-scripts"> from any static host, with no CORS headers needed. A
// standalone page (the embed dialog's download) also carries its document inside, read through
// the same validation as any other.
const inline = readInlineDocument()
mount(
  true,
  inline === null
    ? undefined
    : () =>
        import('./data-io/readDocument').then((m) =>
          m.readDocument(inline, { where: 'the document in this page' }),
        ),
)
