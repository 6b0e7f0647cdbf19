import { getPayload, type Payload } from 'payload'

import config from '@payload-config'

/** The Payload instance of this process (Payload keeps one per process). */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}
