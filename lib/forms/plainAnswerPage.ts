import type { Locale } from '@/i18n/locales'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

export interface PlainPageTexts {
  ministry: string
  title: string
  text: string
  /** A link back: where to, and what it says. */
  back: { href: string; label: string }
  /** A button that posts: for what a link must not do by itself (a mail scanner follows links). */
  form?: { action: string; fields: Record<string, string>; button: string }
}

/**
 * A short page complete in itself, for an answer a route handler gives in the visitor's language (a refused form):
 * no layout, database or script needed, in the look of the 503 page (server/outagePage.mjs).
 */
export function plainPage(locale: Locale, { ministry, title, text, back, form }: PlainPageTexts): string {
  const hidden = Object.entries(form?.fields ?? {})
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('')
  const action = form
    ? `<form method="post" action="${escapeHtml(form.action)}">${hidden}<button type="submit">${escapeHtml(form.button)}</button></form>\n`
    : ''
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — ${escapeHtml(ministry)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#0f172a}header{background:#0b3a5b;color:#fff;padding:1rem 1.5rem;font-weight:700}main{max-width:40rem;padding:2rem 1.5rem;line-height:1.5}a{color:#0b3a5b}button{font:inherit;font-weight:700;background:#0b3a5b;color:#fff;border:0;border-radius:4px;padding:.6rem 1.2rem;cursor:pointer}button:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}</style>
</head>
<body>
<header>${escapeHtml(ministry)}</header>
<main id="main-content">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(text)}</p>
${action}<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>
</main>
</body>
</html>
`
}
