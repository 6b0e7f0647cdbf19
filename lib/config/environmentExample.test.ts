import { globSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')
const NOT_SOURCE = new Set(['node_modules', '.next', '.git', 'data', 'test-results', 'playwright-report'])

/** Set by Node.js, Next.js or CI, or by our own code for a library: nothing for a person to choose. */
const NOT_SETTINGS = ['NODE_ENV', 'NEXT_RUNTIME', 'NEXT_PHASE', 'CI', 'PAYLOAD_DISABLE_DEPENDENCY_CHECKER']

/** The variables the code reads: `process.env.X`, `env.X` of an Env record, and `(env, 'X')` of the bench options. */
const READ = /\benv\??\.([A-Z][A-Z0-9_]+)\b|\(env, '([A-Z][A-Z0-9_]+)'/g

function variablesRead(): Set<string> {
  const names = new Set<string>()
  const files = globSync('**/*.{ts,tsx,mjs}', {
    cwd: root,
    exclude: (name) => NOT_SOURCE.has(path.basename(String(name))),
  })
  for (const file of files) {
    const source = readFileSync(path.join(root, file), 'utf8')
    for (const [, property, argument] of source.matchAll(READ)) {
      const name = property ?? argument
      if (name) names.add(name)
    }
  }
  return names
}

describe('.env.example', () => {
  const example = readFileSync(path.join(root, '.env.example'), 'utf8')
  const listed = new Set([...example.matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)].flatMap(([, name]) => name ?? []))

  it('names every variable the code reads, commented out at its default', () => {
    const read = [...variablesRead()].filter((name) => !NOT_SETTINGS.includes(name))
    expect(read.length).toBeGreaterThan(30)
    expect(read.filter((name) => !listed.has(name)).sort()).toEqual([])
  })

  it('names none that the code does not read', () => {
    const read = variablesRead()
    expect([...listed].filter((name) => !read.has(name)).sort()).toEqual([])
  })
})
