'use client'

import { useState } from 'react'

interface Props {
  url: string
  label: string
  done: string
  className: string
}

/**
 * Copies the page's address. Without JavaScript (or a clipboard) it stays a link to the page itself, whose address
 * the browser can copy.
 */
export function CopyLinkButton({ url, label, done, className }: Props) {
  const [copied, setCopied] = useState(false)
  return (
    <>
      <a
        href={url}
        className={className}
        onClick={async (event) => {
          if (!navigator.clipboard) return
          event.preventDefault()
          await navigator.clipboard.writeText(url)
          setCopied(true)
        }}
      >
        {label}
        {copied && <span aria-hidden="true"> ✓</span>}
      </a>
      <span role="status" className="sr-only">
        {copied ? done : ''}
      </span>
    </>
  )
}
