import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { COMPILE_HINT, markStartupScripts } from './compileHints.mjs'

const FRAMEWORK = '(()=>{"use strict";globalThis.start=1})();\n'
const PAGE_SCRIPT = '(globalThis.TURBOPACK=globalThis.TURBOPACK||[]).push(["page.js"]);\n'

describe('markStartupScripts', () => {
  let distDir: string
  const chunk = (name: string) => path.join(distDir, 'static', 'chunks', name)

  beforeEach(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'compile-hints-'))
    await mkdir(path.join(distDir, 'static', 'chunks'), { recursive: true })
    await writeFile(chunk('framework.js'), FRAMEWORK)
    await writeFile(chunk('runtime.js'), FRAMEWORK)
    await writeFile(chunk('page.js'), PAGE_SCRIPT)
    const manifest = {
      rootMainFiles: ['static/chunks/framework.js', 'static/chunks/runtime.js'],
      polyfillFiles: [],
    }
    await writeFile(path.join(distDir, 'build-manifest.json'), JSON.stringify(manifest))
  })
  afterEach(() => rm(distDir, { recursive: true, force: true }))

  it('marks the start-up scripts and nothing else', async () => {
    expect(await markStartupScripts({ distDir })).toEqual([
      'static/chunks/framework.js',
      'static/chunks/runtime.js',
    ])
    expect(await readFile(chunk('framework.js'), 'utf8')).toBe(COMPILE_HINT + FRAMEWORK)
    expect(await readFile(chunk('runtime.js'), 'utf8')).toBe(COMPILE_HINT + FRAMEWORK)
    expect(await readFile(chunk('page.js'), 'utf8')).toBe(PAGE_SCRIPT)
  })

  it('marks a script once however often the build runs it', async () => {
    await markStartupScripts({ distDir })
    await markStartupScripts({ distDir })
    expect(await readFile(chunk('framework.js'), 'utf8')).toBe(COMPILE_HINT + FRAMEWORK)
  })

  it('fails the build when the manifest names no start-up scripts', async () => {
    await writeFile(path.join(distDir, 'build-manifest.json'), JSON.stringify({ pages: {} }))
    await expect(markStartupScripts({ distDir })).rejects.toThrow(/rootMainFiles/)
  })
})
