import { mountStudio } from './app/studio/mountStudio'

mountStudio()
