// The bench's node floor: a bare Node.js HTTP server that sends each page's answer, saved by the bench as
// <name>.body and <name>.json (its headers) in a folder, at /<name>, from memory, as the site sends a page it keeps
// (server/recentPages.mjs) with nothing else around it: no server on Node.js's http module does less per request.
// Usage: node scripts/bench/nodeFloor.mjs <port> <folder>
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

const [port, folder] = process.argv.slice(2)
if (!port || !folder) throw new Error('usage: nodeFloor.mjs <port> <folder>')

/** @type {Map<string, { headers: Record<string, string | number>, body: Buffer }>} */
const answers = new Map()
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
  const name = path.basename(file, '.json')
  const body = readFileSync(path.join(folder, `${name}.body`))
  // Its length said, as the site says it (server/wholeResponse.mjs): headers given to writeHead go out at once.
  const headers = {
    ...JSON.parse(readFileSync(path.join(folder, file), 'utf8')),
    'content-length': body.length,
  }
  answers.set(`/${name}`, { headers, body })
}

const server = createServer((request, response) => {
  const answer = answers.get(request.url ?? '')
  if (!answer) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, answer.headers)
  response.end(answer.body)
})
// As server/start.mjs: the same keep-alive, so that no connection is closed under the load.
server.keepAliveTimeout = 65_000
server.listen(Number(port), '127.0.0.1')
