import { render } from '@testing-library/react'
import { Viewer } from '../../src/app/Viewer'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { readViewOptions } from '../../src/embed/viewOptions'
import { sampleDocument } from '../fixtures/sampleDocument'

/** Renders one timeline instance on the sample document (or another raw document). */
export function renderViewer(raw: unknown = sampleDocument, search = '') {
  const { document, problems } = parseTimeline(raw)
  if (!document) throw new Error(`fixture did not parse: ${JSON.stringify(problems)}`)
  const options = readViewOptions(search, { randomId: () => 'test-embed' })
  return render(
    <Viewer
      document={document}
      problems={problems}
      options={options}
      bridge={null}
      theme="light"
      setTheme={() => {}}
    />,
  )
}
