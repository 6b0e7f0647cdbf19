// Sign-in and feedback limits across instances: counted in the Redis the instances share (REDIS_URL), so that a
// client gets its twenty attempts and an account its five in all, not per instance. A real redis-server on 127.0.0.1.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'

import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AttemptLimits } from '@/lib/protection/attemptLimits'
import { configuredAttemptStore } from '@/lib/protection/attemptStore'

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ])
  await new Promise<void>((resolve, reject) => {
    redis.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept') && resolve())
    redis.once('exit', (code) => reject(new Error(`redis-server ended with ${code}`)))
  })
  return redis
}

const stopped = (redis: ChildProcess) =>
  new Promise((resolve) => {
    redis.once('exit', resolve)
    redis.kill('SIGKILL')
  })

describe('attempt limits shared through Redis', () => {
  let redis: ChildProcess
  let env: Record<string, string>

  beforeAll(async () => {
    const port = await freePort()
    redis = await startRedis(port)
    env = { REDIS_URL: `redis://127.0.0.1:${port}` }
    // A server connects at its start, long before anyone signs in; here the first attempts wait until counts reach Redis.
    const probe = createClient({ url: env.REDIS_URL })
    await probe.connect()
    const [warmUp] = instances()
    for (let tries = 0; ; tries++) {
      await warmUp!.attempt({ account: 'warm-up', client: 'warm-up' })
      if ((await probe.exists('mfa:attempts-account:warm-up')) === 1) break
      if (tries === 50) throw new Error('Attempts never reached Redis')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    probe.destroy()
  })

  afterAll(async () => {
    if (redis.exitCode === null && redis.signalCode === null) await stopped(redis)
  })

  // Two instances' limits: each its own limiter objects, as each server process has.
  const instances = () => [0, 1].map(() => new AttemptLimits({ store: configuredAttemptStore(env) }))

  it('counts an account’s failures on every instance together', async () => {
    const [a, b] = instances()
    const keys = { account: 'consul@mfa.gov.kz', client: '203.0.113.7' }
    for (const limits of [a, a, a, b, b]) expect(await limits!.attempt(keys)).toBeUndefined()
    expect(await a!.attempt(keys)).toBeGreaterThan(0)
    expect(await b!.attempt(keys)).toBeGreaterThan(0)
  })

  it('counts a client’s attempts on every instance together', async () => {
    const [a, b] = instances().map((limits) => limits)
    const client = '198.51.100.23'
    for (let i = 0; i < 20; i++) {
      const limits = i % 2 === 0 ? a! : b!
      expect(await limits.attempt({ account: `staff-${i}@mfa.gov.kz`, client })).toBeUndefined()
    }
    expect(await a!.attempt({ account: 'another@mfa.gov.kz', client })).toBeGreaterThan(0)
  })

  it('keeps limiting, in each instance’s memory, while Redis is away', async () => {
    await stopped(redis)
    const [a] = instances()
    const keys = { account: 'press@mfa.gov.kz', client: '192.0.2.55' }
    for (let i = 0; i < 5; i++) expect(await a!.attempt(keys)).toBeUndefined()
    expect(await a!.attempt(keys)).toBeGreaterThan(0)
  })
})
