// The servers under test: the site's server (`npm start`) on the bench database, nginx serving the same bytes as
// static files, and nginx with deploy/nginx.conf in front of the site.
import type { ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { NGINX, renderNginxConfig, writeNginxConfig } from '@/deploy/nginx'

import { ensureDebianPackage, onExit, start, stop, waitUntilServing } from './processes'

const SERVER = path.resolve('server/start.mjs')

/**
 * The pages' copies Next.js serves: public/bench-<name>.html.gz is /bench-<name>.html.gz, the page's gzipped bytes as
 * a file (sent as they are, typed application/gzip). At the root, because an address with a dotted name below it goes
 * through the proxy to a language (proxy.ts).
 */
const PUBLIC = path.resolve('public')
export const publicCopyPath = (name: string) => `/bench-${name}.html.gz`

export async function startNext(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = start('next', process.execPath, [SERVER, '-H', '127.0.0.1', '-p', String(port)], {
    ...env,
    NODE_ENV: 'production',
  })
  await waitUntilServing(`http://127.0.0.1:${port}/favicon.svg`)
  return child
}

export { stop as stopServer }

/** Writes the pages where Next.js will serve them as files; it only sees public/ files present when it starts. */
export function writePublicCopies(gzipped: Map<string, Buffer>): void {
  for (const [name, bytes] of gzipped) writeFileSync(path.join(PUBLIC, publicCopyPath(name)), bytes)
}

export function removePublicCopies(): void {
  for (const file of readdirSync(PUBLIC))
    if (/^bench-.*\.html(?:\.gz)?$/.test(file)) rmSync(path.join(PUBLIC, file))
}

/** Debian's nginx-light, installed if missing. */
export const ensureNginx = () => ensureDebianPackage(NGINX, 'nginx-light')

/**
 * The site block of the static server. The main context is deploy/nginx.ts's, as for the nginx in front of the site,
 * so that its rate is that same nginx's own static rate. A request for /<name>.html that accepts gzip gets the file
 * <name>.html.gz as it is (gzip_static), as a browser gets a page.
 */
function staticSite(root: string, port: number): string {
  return `# The Content-Type Next.js sends for a page: text/html; charset=utf-8
types { }
default_type text/html;
charset utf-8;
gzip_static on;
server {
  listen 127.0.0.1:${port};
  root ${root};
}
`
}

/**
 * Serves each file from a temporary directory until the bench ends: <name>.html as it is, <name>.html.gz at
 * /<name>.html to whoever accepts gzip.
 */
export async function startNginx(
  binary: string,
  port: number,
  files: Map<string, Buffer>,
): Promise<ChildProcess> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'bench-nginx-'))
  onExit(() => rmSync(prefix, { recursive: true, force: true }))
  const root = path.join(prefix, 'html')
  mkdirSync(root)
  for (const [name, bytes] of files) writeFileSync(path.join(root, name), bytes, { mode: 0o644 })
  // nginx's workers drop root for "nobody", who must be able to read the files.
  for (const dir of [prefix, root]) chmodSync(dir, 0o755)
  const conf = writeNginxConfig(prefix, staticSite(root, port), { accessLog: false })
  execFileSync(binary, ['-t', '-q', '-c', conf, '-p', prefix], { stdio: 'inherit' })
  const child = start('nginx', binary, ['-c', conf, '-p', prefix], process.env)
  const first = files.keys().next()
  if (!first.done)
    await waitUntilServing(`http://127.0.0.1:${port}/${first.value.replace(/\.gz$/, '')}`, 10_000)
  return child
}

/**
 * nginx with deploy/nginx.conf (its port, cache folder and one instance, the bench's site, replaced) in front of the
 * site, as the README's deployment runs it; its cache and configuration in a temporary folder.
 */
export async function startFrontNginx(binary: string, port: number, sitePort: number): Promise<ChildProcess> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'bench-front-'))
  onExit(() => rmSync(prefix, { recursive: true, force: true }))
  const site = renderNginxConfig({ port, instancePorts: [sitePort], cacheDir: path.join(prefix, 'cache') })
  const conf = writeNginxConfig(prefix, site, { accessLog: false })
  execFileSync(binary, ['-t', '-q', '-c', conf, '-p', prefix], { stdio: 'inherit' })
  const child = start('nginx-front', binary, ['-c', conf, '-p', prefix], process.env)
  await waitUntilServing(`http://127.0.0.1:${port}/favicon.svg`, 10_000)
  return child
}
