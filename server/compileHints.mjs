import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * V8's explicit compile hint: a script that starts with this comment has all its functions compiled as the script
 * streams in, on a background thread, instead of one by one on the main thread when first called.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * Marks the framework's start-up scripts (the build manifest's rootMainFiles: React, Next.js's router, the bundler's
 * runtime), which every page runs as it loads, with the compile hint. Compiling them lazily on the main thread was
 * most of the one long task of a page's start (measured in docs/performance.md#lighthouse). The page's own, smaller
 * scripts and the admin's are left to V8's lazy compilation. Run by `next build` after compiling (next.config.mjs);
 * a script already marked is left as it is.
 * @param {{ distDir: string }} build
 * @returns {Promise<string[]>} the scripts marked, as the manifest names them
 */
export async function markStartupScripts({ distDir }) {
  const manifest = JSON.parse(await readFile(path.join(distDir, 'build-manifest.json'), 'utf8'))
  /** @type {string[]} */
  const scripts = manifest.rootMainFiles ?? []
  if (scripts.length === 0)
    throw new Error('build-manifest.json names no rootMainFiles to mark with the compile hint')
  for (const script of scripts) {
    const file = path.join(distDir, script)
    const source = await readFile(file, 'utf8')
    if (!source.startsWith(COMPILE_HINT)) await writeFile(file, COMPILE_HINT + source)
  }
  return scripts
}
