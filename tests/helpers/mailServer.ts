import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server on 127.0.0.1 for the tests: it keeps every message it accepts, parsed, and can be made to refuse
 * mail (as a server that is up but failing) or be stopped and started again on its port (as one that is down).
 */
export class TestMailServer {
  readonly messages: ParsedMail[] = []
  /** How many more messages to accept before refusing the rest with a temporary error; Infinity: accept all. */
  acceptBeforeFailing = Infinity
  private server: SMTPServer | undefined

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.acceptBeforeFailing <= 0) {
          stream.resume()
          stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })))
          return
        }
        this.acceptBeforeFailing -= 1
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail)
            callback()
          })
          .catch((error: Error) => callback(error))
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.server = server
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** The messages sent to this address so far. */
  to(address: string): ParsedMail[] {
    return this.messages.filter((mail) =>
      [mail.to]
        .flat()
        .some((to) => to?.value.some((entry) => entry.address?.toLowerCase() === address.toLowerCase())),
    )
  }

  /** Waits until `count` messages to this address have arrived, and returns them. */
  async waitFor(address: string, count = 1, timeoutMs = 30_000): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs
    while (this.to(address).length < count) {
      if (Date.now() > deadline)
        throw new Error(`${count} message(s) to ${address} did not arrive in ${timeoutMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    return this.to(address)
  }
}

/** The first link in a message's text that starts with this address. */
export function linkIn(mail: ParsedMail, startingWith: string): string {
  const link = (mail.text ?? '').split(/\s+/).find((word) => word.startsWith(startingWith))
  if (!link) throw new Error(`No link to ${startingWith} in "${mail.subject}"`)
  return link
}

/** A header's value as sent (mailparser folds the List-* headers into one object, so they are read raw). */
export function headerOf(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((candidate) => candidate.key === name.toLowerCase())?.line
  return line?.slice(line.indexOf(':') + 1).trim()
}
