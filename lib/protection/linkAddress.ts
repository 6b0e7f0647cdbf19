/**
 * Where a link in a text may lead: web pages, e-mail and telephone. Anything else (`javascript:`, `data:`,
 * `vbscript:`, `file:`…) could run script or open something other than a page when a reader clicks it. Addresses on
 * this site without a scheme ("/ru/press-releases", "#contacts") stay pages of this site.
 */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** Read as a browser reads it, which ignores spaces and control characters around and inside a scheme. */
export function isAllowedLinkAddress(address: unknown): boolean {
  if (typeof address !== 'string' || address.trim() === '') return false
  try {
    return ALLOWED_SCHEMES.has(new URL(address, 'https://site.invalid/').protocol)
  } catch {
    return false
  }
}

interface TextNode {
  type?: unknown
  children?: unknown
  fields?: { linkType?: unknown; url?: unknown }
}

/** Link nodes of a Lexical text, typed by hand (`link`) or made of a pasted address (`autolink`). */
function* linksOf(nodes: unknown): Generator<TextNode> {
  if (!Array.isArray(nodes)) return
  for (const node of nodes as TextNode[]) {
    if (!node || typeof node !== 'object') continue
    if (node.type === 'link' || node.type === 'autolink') yield node
    yield* linksOf(node.children)
  }
}

/** The addresses in a Lexical text that a link must not lead to; a link to a document of this site has none. */
export function refusedLinkAddresses(text: unknown): string[] {
  const root = text && typeof text === 'object' && 'root' in text ? text.root : undefined
  const children = root && typeof root === 'object' && 'children' in root ? root.children : undefined
  return [...linksOf(children)]
    .filter((link) => link.fields?.linkType !== 'internal' && !isAllowedLinkAddress(link.fields?.url))
    .map((link) => String(link.fields?.url ?? ''))
}
