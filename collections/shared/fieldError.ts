import { ValidationError, type PayloadRequest } from 'payload'

/**
 * A refused field as Payload's admin shows it (beside the field), whose answer also carries the field's own message:
 * Payload recognises its errors by class, and where a production build holds two copies of that class it falls back
 * to the error's name and message, which would otherwise read "The following field is invalid: …".
 */
export function fieldError(
  collection: string,
  path: string,
  message: string,
  req: PayloadRequest,
): ValidationError {
  const error = new ValidationError({ collection, errors: [{ path, message }], req }, req.t)
  error.name = 'ValidationError'
  error.message = message
  return error
}
