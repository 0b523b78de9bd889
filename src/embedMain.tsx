import { mount } from './app/mount'

// The embed page: built self-contained (scripts and styles inline) so that it runs in
// <iframe sandbox="allow-scripts"> from any static host, with no CORS headers needed.
mount(true)
