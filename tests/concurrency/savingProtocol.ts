/** What a saving process says on its standard output, among Payload's own log lines. */
export const READY = 'ready to save'
export const ANSWERS = 'answers: '
