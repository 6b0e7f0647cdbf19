// The servers under test: the site's server (`npm start`) on the bench database, nginx serving the same answers as
// static files, a bare Node.js server sending them, and nginx with deploy/nginx.conf in front of the site.
import type { ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { NGINX, renderNginxConfig, writeNginxConfig } from '@/deploy/nginx'

import type { Answer } from './pages'
import { ensureDebianPackage, onExit, start, stop, waitUntilServing } from './processes'

const SERVER = path.resolve('server/start.mjs')
const FLOOR = path.join(import.meta.dirname, 'nodeFloor.mjs')

export async function startNext(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = start('next', process.execPath, [SERVER, '-H', '127.0.0.1', '-p', String(port)], {
    ...env,
    NODE_ENV: 'production',
  })
  await waitUntilServing(`http://127.0.0.1:${port}/favicon.svg`)
  return child
}

export { stop as stopServer }

/** A temporary folder, removed when the bench ends, that nginx's workers ("nobody" when run as root) can read. */
function temporaryFolder(name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), `bench-${name}-`))
  onExit(() => rmSync(folder, { recursive: true, force: true }))
  chmodSync(folder, 0o755)
  return folder
}

/**
 * A bare Node.js server (scripts/bench/nodeFloor.mjs) sending each page's answer at /<name>, as the site sends it
 * from its memory: what any server on Node.js's http module costs per request here, and the tail it has under this
 * load.
 */
export async function startNodeFloor(port: number, answers: Map<string, Answer>): Promise<ChildProcess> {
  const folder = temporaryFolder('floor')
  for (const [name, answer] of answers) {
    writeFileSync(path.join(folder, `${name}.body`), answer.body)
    writeFileSync(path.join(folder, `${name}.json`), JSON.stringify(answer.headers))
  }
  const child = start('node-floor', process.execPath, [FLOOR, String(port), folder], process.env)
  await waitUntilServing(`http://127.0.0.1:${port}/${answers.keys().next().value ?? ''}`, 10_000)
  return child
}

/** Debian's nginx-light, installed if missing. */
export const ensureNginx = () => ensureDebianPackage(NGINX, 'nginx-light')

/** What nginx sets itself for a file: its type (below), its coding (gzip_static), its ETag and date. */
const SET_BY_NGINX = new Set(['content-type', 'content-encoding', 'etag', 'last-modified'])

/** The page's own headers (its policy, caching, security headers…) for the file at `url`. */
function locationWithHeaders(url: string, headers: Record<string, string>): string {
  const lines = Object.entries(headers)
    .filter(([name]) => !SET_BY_NGINX.has(name))
    .map(([name, value]) => {
      // nginx would read "$" as a variable and has no way to write it otherwise; quotes it takes escaped.
      if (value.includes('$')) throw new Error(`${name}: "${value}" cannot be given to nginx as it is`)
      return `    add_header ${name} "${value.replace(/["\\]/g, '\\$&')}";`
    })
  return lines.length ? `  location = ${url} {\n${lines.join('\n')}\n  }\n` : ''
}

/**
 * The site block of the static server. The main context is deploy/nginx.ts's, as for the nginx in front of the site,
 * so that its rate is that same nginx's own static rate. A request for /<name>.html that accepts gzip gets the file
 * <name>.html.gz as it is (gzip_static), with the page's own headers: the answer a browser gets from the site.
 */
function staticSite(root: string, port: number, answers: Map<string, Answer>): string {
  const locations = [...answers].map(([name, answer]) => locationWithHeaders(`/${name}.html`, answer.headers))
  return `# The Content-Type Next.js sends for a page: text/html; charset=utf-8
types { }
default_type text/html;
charset utf-8;
gzip_static on;
server {
  listen 127.0.0.1:${port};
  root ${root};
${locations.join('')}}
`
}

/** Serves each answer at /<name>.html until the bench ends: from <name>.html.gz when it is gzipped. */
export async function startNginx(
  binary: string,
  port: number,
  answers: Map<string, Answer>,
): Promise<ChildProcess> {
  const prefix = temporaryFolder('nginx')
  const root = path.join(prefix, 'html')
  mkdirSync(root, { mode: 0o755 })
  for (const [name, { headers, body }] of answers) {
    const file = headers['content-encoding'] === 'gzip' ? `${name}.html.gz` : `${name}.html`
    writeFileSync(path.join(root, file), body, { mode: 0o644 })
  }
  const conf = writeNginxConfig(prefix, staticSite(root, port, answers), { accessLog: false })
  execFileSync(binary, ['-t', '-q', '-c', conf, '-p', prefix], { stdio: 'inherit' })
  const child = start('nginx', binary, ['-c', conf, '-p', prefix], process.env)
  await waitUntilServing(`http://127.0.0.1:${port}/${answers.keys().next().value ?? ''}.html`, 10_000)
  return child
}

/**
 * nginx with deploy/nginx.conf (its port, cache folder and one instance, the bench's site, replaced) in front of the
 * site, as the README's deployment runs it; its cache and configuration in a temporary folder.
 */
export async function startFrontNginx(binary: string, port: number, sitePort: number): Promise<ChildProcess> {
  const prefix = temporaryFolder('front')
  const site = renderNginxConfig({ port, instancePorts: [sitePort], cacheDir: path.join(prefix, 'cache') })
  const conf = writeNginxConfig(prefix, site, { accessLog: false })
  execFileSync(binary, ['-t', '-q', '-c', conf, '-p', prefix], { stdio: 'inherit' })
  const child = start('nginx-front', binary, ['-c', conf, '-p', prefix], process.env)
  await waitUntilServing(`http://127.0.0.1:${port}/favicon.svg`, 10_000)
  return child
}
