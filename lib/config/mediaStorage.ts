import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { s3Media, type S3Media } from './environment'

/**
 * Uploads in a bucket when S3 is configured, in MEDIA_DIR otherwise. Files are still served by Payload at
 * /api/media/file/…, so its access rules (drafts' PDFs stay private) hold either way, and pages link to the same
 * addresses. The plugin's `prefix` column exists in both cases, so one schema and one set of migrations serve both.
 */
export function mediaStorage(settings: S3Media | null = s3Media()): Plugin {
  const { bucket = '', ...client } = settings ?? {}
  return s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    collections: { media: true },
    bucket,
    config: client,
  })
}
