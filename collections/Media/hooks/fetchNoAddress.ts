import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The library takes files, never an address to fetch one from. Given a `url` and a `filename` and no file, Payload
 * would fetch that address from the server (a way to make it call out) and answer 500 when the fetch fails. Without
 * the address, a new record without a file gets Payload's own 400: no file was uploaded. The admin's "paste URL"
 * fetches in the browser and sends the file itself.
 */
export const fetchNoAddress: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.file) return args
  const data: unknown = 'data' in args ? args.data : undefined
  if (!data || typeof data !== 'object' || !('url' in data)) return args
  return { ...args, data: Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'url')) }
}
