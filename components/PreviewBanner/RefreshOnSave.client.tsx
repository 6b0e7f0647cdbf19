'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In the admin's Live Preview pane, re-renders the page on the server each time the draft is saved (autosave
 * included). It speaks Payload's live-preview messages itself: @payloadcms/live-preview-react has no release matching
 * Payload 3.90.2, and Payload refuses to start beside a mismatched package.
 */
export function RefreshOnSave() {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data
      if (event.origin !== origin || !data || typeof data !== 'object') return
      if ('type' in data && data.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    // The admin waits for this before it sends document events; an iframe's parent or a popup's opener.
    ;(window.opener ?? window.parent)?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
