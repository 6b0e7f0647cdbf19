import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

const BUCKET = 'mfa-media'
// s3rver accepts these keys and no others, as a real service accepts only its own.
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export interface LocalS3 {
  /** The S3_* variables that point the portal at this bucket. */
  env: Record<string, string>
  /** The keys of every object in the bucket. */
  objects: () => Promise<string[]>
  stop: () => Promise<void>
}

/**
 * An S3 API on 127.0.0.1 (s3rver, from the npm registry: no S3 service is reachable here), with one empty bucket, its
 * objects in a temporary folder removed on stop. Port 0 takes a free port.
 */
export async function startLocalS3(port = 0): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'mfa-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  const address = (await server.run()) as AddressInfo
  const endpoint = `http://127.0.0.1:${address.port}`
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: KEYS })
  return {
    env: {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: KEYS.accessKeyId,
      S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
    },
    objects: async () => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))
      return (listed.Contents ?? []).flatMap(({ Key }) => (Key ? [Key] : [])).sort()
    },
    stop: async () => {
      client.destroy()
      // Servers keep their connections alive; closing would wait for them.
      const http = (server as unknown as { httpServer?: { closeAllConnections: () => void } }).httpServer
      http?.closeAllConnections()
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
