// Search renders for each query (no cache can hold every query), some tens of milliseconds of the one thread each.
// Started all at once, a crowd's searches share the thread in no fair order: at 10,000 releases and 128 connections,
// half waited under 0.8 s and one in a hundred over 8 s. Here they take turns in the order they came, so each waits
// for the searches before it and no longer. Other pages never wait behind them.

/**
 * How many searches render at once. One and two measured alike on SQLite, four gave back part of the tail; two, so
 * that on PostgreSQL one renders while the other waits for the database's answer over its socket.
 */
export const SEARCHES_AT_ONCE = 2

/**
 * The longest a search holds its turn. A render takes tens of milliseconds; one still running after this is waiting
 * on something other than the thread (a database that does not answer, until its timeout), and the searches behind
 * it start rather than wait out the same timeout one pair after another.
 */
export const TURN_AT_MOST_MS = 500

const SEARCH_PAGE = /^\/(?:kk|ru|en)\/search\/?(?:\?|$)/

let running = 0
/** @type {Array<() => void>} */
const waiting = []

function next() {
  running -= 1
  const start = waiting.shift()
  if (start) {
    running += 1
    start()
  }
}

/**
 * Serves a search when its turn comes and any other request at once.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {() => void} serve
 */
export function serveInTurn(request, response, serve) {
  if (!SEARCH_PAGE.test(request.url ?? '')) return serve()
  const start = () => {
    let held = true
    const giveUp = () => {
      if (!held) return
      held = false
      clearTimeout(timer)
      next()
    }
    const timer = setTimeout(giveUp, TURN_AT_MOST_MS)
    // Once, whether the answer was sent, the visitor left while it rendered, or the turn ran out.
    response.once('close', giveUp)
    serve()
  }
  if (running < SEARCHES_AT_ONCE) {
    running += 1
    return start()
  }
  waiting.push(start)
  // A visitor who leaves before their turn gives it up.
  response.once('close', () => {
    const place = waiting.indexOf(start)
    if (place !== -1) waiting.splice(place, 1)
  })
}

/** For tests: how many searches render and how many wait. */
export function searchTurns() {
  return { running, waiting: waiting.length }
}
