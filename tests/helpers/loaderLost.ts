/**
 * On a loaded machine tsx's loader now and then leaves Node with nothing to run while it loads a script, and Node
 * exits with 13 (an unsettled top-level await) before the script wrote a line; payloadcms/payload#17757 reports the
 * same of `payload run`, which loads scripts the same way. Such a run did nothing, so it may be run again; any other
 * ending is the script's own.
 */
export function loaderLost(code: number | null, output: string): boolean {
  return code === 13 && output.trim() === ''
}
