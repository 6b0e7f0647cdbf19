// A page that calls notFound() reaches the browser as Next.js's empty error shell, its text only in the scripts that
// draw it (vercel/next.js#98954): without JavaScript a visitor would get a blank page, with no language either. Such a
// 404 gets the not-found text in <noscript>, and its language, so that it says what happened either way.
import { escapeHtml, messagesOf, pageLocale } from './messages.mjs'
import { holdWholeResponse } from './wholeResponse.mjs'

const ERROR_SHELL = '<html id="__next_error__">'

/**
 * The shell with the text put in; any other page unchanged (undefined).
 * @param {string} html
 * @param {string} locale
 */
export function withNotFoundText(html, locale) {
  if (!html.includes(ERROR_SHELL) || !html.includes('<body>')) return undefined
  const t = messagesOf(locale)
  const text = `<noscript><main id="main-content" style="max-width:40rem;padding:2rem 1.5rem;font-family:system-ui,sans-serif;line-height:1.5"><p>${escapeHtml(t.Site.ministry)}</p><h1>${escapeHtml(t.NotFound.title)}</h1><p>${escapeHtml(t.NotFound.text)}</p><p><a href="/${locale}">${escapeHtml(t.NotFound.back)}</a></p></main></noscript>`
  return html
    .replace(ERROR_SHELL, `<html id="__next_error__" lang="${locale}">`)
    .replace('<body>', `<body>${text}`)
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function giveNotFoundItsText(request, response) {
  const locale = pageLocale(request.url)
  if (!locale || request.method !== 'GET') return
  holdWholeResponse(response, {
    hold: () =>
      response.statusCode === 404 && String(response.getHeader('content-type') ?? '').startsWith('text/html'),
    complete: ({ text }) => withNotFoundText(text(), locale),
  })
}
