// deploy/nginx.conf as the scale test and the benchmark run it: the file itself, with only its listening port, the
// instances' ports and the cache folder replaced, inside a main configuration of the caller's own (its pid, logs and
// temporary folders in a temporary folder), so that it runs without touching the machine's nginx, as root or not.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const NGINX = '/usr/sbin/nginx'

const DEPLOYED = path.join(import.meta.dirname, 'nginx.conf')

/** Replaces `from` by `to` exactly `count` times, so that a caller fails when the file it adapts changes shape. */
function replaceExactly(text: string, from: RegExp, to: string[], what: string): string {
  const found = text.match(new RegExp(from.source, 'gm'))?.length ?? 0
  if (found !== to.length) throw new Error(`deploy/nginx.conf: expected ${to.length} ${what}, found ${found}`)
  let index = 0
  return text.replace(new RegExp(from.source, 'gm'), () => to[index++] ?? '')
}

/** The upstream's `server` lines, one block of them: each instance gets the first line's parameters. */
const INSTANCES = /^( {4}server )127\.0\.0\.1:\d+( [^\n]*\n)(?: {4}server 127\.0\.0\.1:\d+ [^\n]*\n)*/m

/** deploy/nginx.conf with the given listening port, instances (one or more) and cache folder. */
export function renderNginxConfig(options: {
  port: number
  instancePorts: number[]
  cacheDir: string
  /** The file to adapt; deploy/nginx.conf unless a test gives its own text. */
  deployed?: string
}): string {
  let config = options.deployed ?? readFileSync(DEPLOYED, 'utf8')
  config = replaceExactly(
    config,
    /^ {4}listen 80;$/,
    [`    listen 127.0.0.1:${options.port};`],
    'listen lines',
  )
  const block = INSTANCES.exec(config)
  if (!block || config.match(new RegExp(INSTANCES.source, 'gm'))?.length !== 1)
    throw new Error('deploy/nginx.conf: expected one block of "server 127.0.0.1:<port> …" lines')
  const [, prefix, parameters] = block
  config = config.replace(
    INSTANCES,
    options.instancePorts.map((port) => `${prefix}127.0.0.1:${port}${parameters}`).join(''),
  )
  return replaceExactly(
    config,
    /proxy_cache_path \/var\/cache\/nginx\/mfa-portal /,
    [`proxy_cache_path ${options.cacheDir} `],
    'cache paths',
  )
}

/**
 * A whole nginx configuration in `prefix`: the rendered site and everything nginx would otherwise write under /var.
 * With `accessLog`, the log names the instances each request went to ("A, B" when the first failed), for the scale
 * test to count; a benchmark leaves it off, as writing it costs throughput.
 */
export function writeNginxConfig(prefix: string, site: string, { accessLog = true } = {}): string {
  // Run as root, nginx's workers are "nobody", who must reach the folder.
  chmodSync(prefix, 0o755)
  writeFileSync(path.join(prefix, 'mfa-portal.conf'), site)
  const main = path.join(prefix, 'nginx.conf')
  const log = accessLog
    ? `log_format upstreams '$msec $status "$request" upstream=[$upstream_addr] statuses=[$upstream_status] cache=$upstream_cache_status took=$request_time';
  access_log ${prefix}/access.log upstreams;`
    : 'access_log off;'
  writeFileSync(
    main,
    `daemon off;
worker_processes 2;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  ${log}
  # As Debian's /etc/nginx/nginx.conf, which includes deploy/nginx.conf in production.
  sendfile on;
  tcp_nopush on;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/mfa-portal.conf;
}
`,
  )
  return main
}
