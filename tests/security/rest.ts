import { handleEndpoints } from 'payload'

import { limitRequestBody } from '@/lib/protection/bodyLimits'

/** The public origin the security suite runs under: https, so that session cookies are Secure. */
export const SITE = 'https://mfa.example'

export interface RestOptions {
  json?: unknown
  form?: FormData
  /** A body sent as it is, under the content type the test names in `headers`. */
  raw?: string
  headers?: Record<string, string>
  /** Which client the request comes from, as the load balancer would say (X-Forwarded-For). */
  client?: string
}

/**
 * A request to Payload's REST API as the route handler hands it over, without a server: the same body limits,
 * access control, hooks, cookies and error answers as /api, on whichever database the suite runs.
 */
export async function rest(method: string, path: string, options: RestOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers)
  headers.set('x-forwarded-for', options.client ?? '192.0.2.1')
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(options.json)
  } else if (options.raw !== undefined) {
    body = options.raw
  } else if (options.form) {
    // Encoded up front: undici streams a FormData body from an async iterator and, when Payload refuses an upload
    // and cancels the body midway, enqueues into the closed stream: an unhandled rejection a browser never causes.
    const encoded = new Response(options.form)
    headers.set('content-type', encoded.headers.get('content-type') ?? '')
    body = new Uint8Array(await encoded.arrayBuffer())
  }
  const { default: config } = await import('@payload-config')
  const checked = await limitRequestBody(new Request(`${SITE}/api${path}`, { method, headers, body }))
  return checked instanceof Response ? checked : handleEndpoints({ config, request: checked })
}

/** The first error message of a Payload error answer. */
export async function errorMessage(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { errors?: { message?: string }[] }
  return body.errors?.[0]?.message
}

/** Signs in through REST; returns the session cookie as a browser would send it back. */
export async function signIn(email: string, password: string, client?: string): Promise<string> {
  const response = await rest('POST', '/users/login', { json: { email, password }, client })
  if (response.status !== 200) throw new Error(`Sign-in of ${email} answered ${response.status}`)
  const cookie = response.headers.get('set-cookie') ?? ''
  return cookie.split(';')[0] ?? ''
}
