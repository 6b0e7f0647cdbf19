/**
 * The tests' SMTP ports sit 700 below E2E_PORT (2600 for 3300), so that two checkouts' suites run side by side:
 * the end-to-end server's at offset 0 (playwright.config.ts), the integration suites' just above.
 */
export function mailPort(offset: number, env: Record<string, string | undefined> = process.env): number {
  const base = Number(env.E2E_SMTP_PORT ?? Number(env.E2E_PORT ?? 3100) - 700)
  return base + offset
}
