import { mount } from './app/mount'

mount(false)
