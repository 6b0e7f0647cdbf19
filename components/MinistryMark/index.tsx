/** The portal's emblem-like mark (not the state emblem). Decorative: the ministry's name always stands beside it. */
export function MinistryMark({ size = 48 }: { size?: number }) {
  // eslint-disable-next-line @next/next/no-img-element -- a static SVG needs no optimisation
  return <img src="/mark.svg" alt="" width={size} height={size} className="shrink-0" />
}
