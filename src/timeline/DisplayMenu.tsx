import { Popover } from '../ui/Popover'
import { onDemand, PartBoundary } from '../ui/PartBoundary'
import type { ThemeChoice } from '../ui/theme'

// The switches load when the reader first points at, focuses or opens the menu.
const DisplayOptions = onDemand(() => import('./DisplayOptions'))

/** "Display": the time-zone and theme switches, one compact menu out of the reader's way. */
export function DisplayMenu(props: { theme: ThemeChoice; setTheme: (t: ThemeChoice) => void }) {
  return (
    <Popover label="Display" title="Time zone and theme" onOpen={DisplayOptions.preload}>
      <PartBoundary what="The display options">
        <DisplayOptions {...props} />
      </PartBoundary>
    </Popover>
  )
}
