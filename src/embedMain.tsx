import { mount } from './app/mount'
import { readInlineDocument } from './embed/inlineDocument'

// The embed page: built self-contained (scripts and styles inline) so that it runs in
// <iframe sandbox="allow-scripts"> from any static host, with no CORS headers needed. A
// standalone page (the embed dialog's download) also carries its document inside.
mount(true, readInlineDocument())
