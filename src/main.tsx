import { mount } from './app/mount'
import { preloadReader } from './data-io/earlyFetch'

preloadReader(window.location.search)
mount(false)
