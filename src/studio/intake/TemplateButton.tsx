import { useState } from 'react'
import { download } from '../../lib/download'
import { Button } from '../../ui/Button'
import type { StudioServices } from '../services'

/** "Download the template": the CSV format's columns with an example event and its quote. */
export function TemplateButton({ services }: { services: Pick<StudioServices, 'templateCsv'> }) {
  const [failed, setFailed] = useState(false)
  const save = async () => {
    try {
      const text = await services.templateCsv()
      download(new Blob([text], { type: 'text/csv' }), 'quoteline-template.csv')
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }
  return (
    <>
      <Button onClick={() => void save()}>Download the template (CSV)</Button>
      {failed ? (
        <p role="alert" className="text-sm text-ink">
          The template could not be made here. Reload the page and try again.
        </p>
      ) : null}
    </>
  )
}
