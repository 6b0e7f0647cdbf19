// SQLite in several processes at once: without WAL and a busy timeout, a write that meets another's lock fails at
// once with "database is locked" instead of waiting its turn.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { expect, it } from 'vitest'

import type { ConcurrencyContext } from './context'
import { ANSWERS, READY, saveRussian } from './savingProtocol'
import { loaderLost } from '../helpers/loaderLost'

const PROCESSES = 3
const SAVES_PER_PROCESS = 12

/** A second server process on the same database file, started and waiting for the word to save. */
class SavingProcess {
  private readonly child: ChildProcessWithoutNullStreams
  private readonly lines: AsyncIterator<string>
  private output = ''
  private readonly ended: Promise<[number | null, NodeJS.Signals | null]>

  constructor(databaseUri: string, ids: number[]) {
    const script = path.join(import.meta.dirname, 'saveReleasesProcess.ts')
    this.child = spawn(process.execPath, ['--import', 'tsx', script, ...ids.map(String)], {
      env: { ...process.env, DATABASE_URI: databaseUri },
    })
    this.ended = new Promise((resolve) => this.child.on('close', (...status) => resolve(status)))
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]()
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.output += chunk.toString()
    })
  }

  /** Waits for the line that says what the process has to say, skipping Payload's log lines. */
  private async expectLine(matches: (line: string) => boolean): Promise<string> {
    for (;;) {
      const next = await this.lines.next()
      if (next.done) {
        const [code, signal] = await this.ended
        const ending = new Error(
          `The saving process ended (${code ?? signal}) before answering:\n${this.output}`,
        )
        throw Object.assign(ending, { loaderLost: loaderLost(code, this.output) })
      }
      if (matches(next.value)) return next.value
      this.output += `${next.value}\n`
    }
  }

  ready() {
    return this.expectLine((line) => line === READY)
  }

  /** A saving process that has started Payload; one whose loading was lost (loaderLost.ts) is started again. */
  static async started(databaseUri: string, ids: number[]): Promise<SavingProcess> {
    for (let attempt = 1; ; attempt++) {
      const saver = new SavingProcess(databaseUri, ids)
      try {
        await saver.ready()
        return saver
      } catch (error) {
        const lost = error instanceof Error && 'loaderLost' in error && error.loaderLost === true
        if (!lost || attempt === 3) throw error
      }
    }
  }

  async save(): Promise<string[]> {
    this.child.stdin.write('go\n')
    const answers = await this.expectLine((line) => line.startsWith(ANSWERS))
    return JSON.parse(answers.slice(ANSWERS.length)) as string[]
  }
}

export function burstTests(context: () => ConcurrencyContext) {
  // Three more Payload processes to start: longer than the suite's two minutes on a busy machine.
  it(
    'saves a burst of simultaneous saves from several processes on one SQLite file, every one of them',
    { timeout: 300_000 },
    async () => {
      const { payload } = context()
      const ids: number[] = []
      for (let i = 0; i < (PROCESSES + 1) * SAVES_PER_PROCESS; i++)
        ids.push(await context().publishedRelease(['kk']))
      const groups = Array.from({ length: PROCESSES + 1 }, (_, group) =>
        ids.slice(group * SAVES_PER_PROCESS, (group + 1) * SAVES_PER_PROCESS),
      )
      const [own = [], ...others] = groups
      // Started one after another (three at once sometimes hung loading their TypeScript); they save together on "go".
      const processes: SavingProcess[] = []
      for (const group of others) {
        processes.push(await SavingProcess.started(context().databaseUri, group))
      }

      const ownSaves = Promise.allSettled(own.map((id) => saveRussian(payload, id)))
      const answers = [
        ...(await Promise.all(processes.map((saver) => saver.save()))).flat(),
        ...(await ownSaves).map((result) =>
          result.status === 'fulfilled' ? 'saved' : String(result.reason),
        ),
      ]
      expect(answers).toEqual(ids.map(() => 'saved'))

      const stored = await payload.find({
        collection: 'press-releases',
        where: { id: { in: ids } },
        locale: 'all',
        limit: ids.length,
        depth: 0,
      })
      for (const release of stored.docs) {
        expect(release.title).toMatchObject({ ru: `Русский текст ${release.id}` })
      }
    },
  )
}
