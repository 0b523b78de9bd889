/** Publishing in plain words: where the files go, the one header the JSON needs, and updates. */
export function PublishChecklist({ headingId }: { headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-surface-2 p-4">
      <h3 id={headingId} className="text-base font-bold text-ink">
        Before you publish
      </h3>
      <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm leading-6 text-ink">
        <li>
          <strong>Where to upload.</strong> Any static web host will do: your newsroom’s server, a
          storage bucket, GitHub Pages, Netlify. The standalone page (.html) works from anywhere,
          even opened from your computer. The JSON can sit beside the Quoteline app, or anywhere
          else that sends the header below.
        </li>
        <li>
          <strong>The header for the JSON.</strong> When the JSON is on another site than the
          Quoteline app, its server must send{' '}
          <code className="font-mono">Access-Control-Allow-Origin: *</code> with it, or the timeline
          cannot read it. The standalone page needs no header.
        </li>
        <li>
          <strong>To update a published timeline,</strong> download the file again and upload it
          under the same name, at the same address: every embed shows the new version, with no new
          code. Browsers and CDNs may keep the old copy for a while; clear your CDN’s cache to show
          it at once.
        </li>
      </ol>
    </section>
  )
}
