import { mount } from './app/mount'
import { preloadReader } from './app/preloadReader'

preloadReader(window.location.search)
mount(false)
