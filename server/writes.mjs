// A write (a publish, an edit, a withdrawal, a scheduled job's call to /api/revalidate) is answered only once the pages
// it changed are expired, in this instance and in the cache the instances share. `next start` expires them in work it
// hands to `waitUntil`, after the answer: the editor's "saved" could reach a visitor's next request to another
// instance first, and that instance sent the old page once more (e2e/scale/two-instances.scale.ts). Next.js takes
// `waitUntil` from the request context a host provides (the `@next/request-context` symbol); given a context without
// one, it expires the pages before it ends an answer with a body (Payload's answers to writes all have one). Reads keep
// `next start`'s own, and finish their work after the answer. No write may call `after()` then, which needs
// `waitUntil`; nothing here does. Should a new Next.js change this, the scale test's stalled Redis shows it.
import { AsyncLocalStorage } from 'node:async_hooks'

/** @type {AsyncLocalStorage<{ waitUntil: undefined }>} */
const context = new AsyncLocalStorage()
Object.assign(globalThis, { [Symbol.for('@next/request-context')]: { get: () => context.getStore() } })

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** @param {import('node:http').IncomingMessage} request */
export const isWrite = (request) => !READS.has(request.method ?? 'GET')

/**
 * Runs `handle`; for a write, in the context that has Next.js expire the pages before the answer ends.
 * @param {import('node:http').IncomingMessage} request
 * @param {() => Promise<void>} handle
 */
export function answerWritesOnceTheirPagesExpire(request, handle) {
  return isWrite(request) ? context.run({ waitUntil: undefined }, handle) : handle()
}
