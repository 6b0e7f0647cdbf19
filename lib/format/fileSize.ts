/** A file's size as a download link gives it: whole kilobytes below a megabyte, megabytes to one decimal above. */
export function fileSize(bytes: number): { size: number; unit: 'kb' | 'mb' } {
  const kilobytes = bytes / 1024
  if (kilobytes < 1000) return { size: Math.max(1, Math.round(kilobytes)), unit: 'kb' }
  return { size: Math.round(kilobytes / 102.4) / 10, unit: 'mb' }
}
