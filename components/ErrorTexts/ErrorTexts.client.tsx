'use client'

import { createContext, type ReactNode, use } from 'react'

/** What the error page says, in the page's language: the error page is the one part of the site the browser renders. */
export interface ErrorTexts {
  title: string
  text: string
  retry: string
}

const ErrorTextsContext = createContext<ErrorTexts | null>(null)

/**
 * Gives the error page its texts without a translation library in the browser (next-intl's client provider would add
 * its message formatter to every page).
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>
}

export function useErrorTexts(): ErrorTexts {
  const texts = use(ErrorTextsContext)
  if (!texts) throw new Error('The error page is rendered outside ErrorTextsProvider')
  return texts
}
