import { APIError } from 'payload'

/**
 * An error whose message the client may read. Payload shows the message only of an error it recognises, by class or
 * else by name; a production build may hold a second copy of its classes and shortens class names, so the name is
 * set here.
 */
export function publicError(name: string, message: string, status: number): APIError {
  const error = new APIError(message, status, null, true)
  error.name = name
  return error
}
