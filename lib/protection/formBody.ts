/**
 * A stream read whole, unless it passes `limit` bytes: then null, and the reader is left where it stopped, for the
 * caller to cancel or drain.
 */
export async function readAtMost(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limit: number,
): Promise<Buffer<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > limit) return null
    chunks.push(value)
  }
}

/** A form's body as text, or null when it is larger than `limit` bytes: larger than any of our forms sends. */
export async function readFormBody(request: Request, limit: number): Promise<string | null> {
  const reader = request.body?.getReader()
  if (!reader) return ''
  const body = await readAtMost(reader, limit)
  if (body === null) await reader.cancel()
  return body?.toString('utf8') ?? null
}
