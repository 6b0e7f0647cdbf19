// The few texts server/start.mjs writes into pages itself, before or instead of Next.js: read from the same messages/ files
// the site uses, so that a translator finds them in one place.
import { readFileSync } from 'node:fs'

const LOCALES = /** @type {const} */ (['kk', 'ru', 'en'])

/**
 * @typedef {{ title: string, text: string }} Notice
 * @typedef {{
 *   Site: { ministry: string },
 *   ServiceUnavailable: Notice & { home: string },
 *   NotFound: Notice & { back: string },
 * }} ServerMessages
 */

/** @type {Map<string, ServerMessages>} */
const messages = new Map(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8')),
  ]),
)

/** The messages of a language of the site, Kazakh for any other. @param {string} locale */
export function messagesOf(locale) {
  const found = messages.get(locale) ?? messages.get('kk')
  if (!found) throw new Error(`No messages for ${locale}`)
  return found
}

/** @param {string} text */
export const escapeHtml = (text) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)

/** The language of a public page's address, or undefined for anything else (the API, the admin, files). */
export const pageLocale = (/** @type {string | undefined} */ url) =>
  /^\/(kk|ru|en)(?:[/?#]|$)/.exec(url ?? '')?.[1]
