// JavaScript a page makes a browser download, counted compressed as `next start` sends it (gzip).
import { request } from 'node:http'

/**
 * Scripts the HTML makes a current browser load: <script src>, and scripts preloaded with
 * <link rel="preload|modulepreload">. Not `noModule` scripts (polyfills only browsers without modules load).
 */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>()
  for (const match of html.matchAll(/<script\b[^>]*>/g)) {
    const tag = match[0]
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1]
    if (src && !/\bnoModule\b/i.test(tag)) urls.add(src)
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0]
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? ''
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    const isScript = rel === 'modulepreload' || (rel === 'preload' && /\bas="script"/.test(tag))
    if (href && isScript) urls.add(href)
  }
  urls.delete('')
  return [...urls].map((url) => url.replace(/&amp;/g, '&'))
}

/** Bytes on the wire, not decompressed (fetch would decompress and hide them). */
function compressedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0
      response.on('data', (chunk: Buffer) => (bytes += chunk.length))
      response.on('end', () =>
        response.statusCode === 200
          ? resolve(bytes)
          : reject(new Error(`GET ${url} answered ${response.statusCode}`)),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

export interface PageJavaScript {
  /** Every script's compressed size, by URL path. */
  files: Map<string, number>
  total: number
}

const sizes = new Map<string, Promise<number>>()

export async function pageJavaScript(base: string, html: string): Promise<PageJavaScript> {
  const files = new Map<string, number>()
  for (const url of scriptUrls(html)) {
    const absolute = new URL(url, base).toString()
    if (!sizes.has(absolute)) sizes.set(absolute, compressedSize(absolute))
    files.set(new URL(absolute).pathname, await (sizes.get(absolute) ?? 0))
  }
  return { files, total: [...files.values()].reduce((sum, size) => sum + size, 0) }
}

/** What every page type loads: the framework and the layout, the part a page of its own cannot avoid. */
export function sharedBytes(pages: PageJavaScript[]): number {
  const [first, ...rest] = pages
  if (!first) return 0
  let shared = 0
  for (const [file, size] of first.files) if (rest.every((page) => page.files.has(file))) shared += size
  return shared
}
