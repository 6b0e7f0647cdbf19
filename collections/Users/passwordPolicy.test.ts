import { describe, expect, it } from 'vitest'

import { passwordVerdict } from './passwordPolicy'

describe('a staff password', () => {
  it('has at least twelve characters, Kazakh letters counting as one each', () => {
    expect(passwordVerdict('short pass1', 'a@example.com')).toBe('passwordTooShort')
    expect(passwordVerdict('қазақ тілі 1', 'a@example.com')).toBe(true)
  })

  it('is not the e-mail address, nor the name before the @', () => {
    expect(passwordVerdict('Press.Service@mfa.example ', 'press.service@mfa.example')).toBe('passwordIsEmail')
    expect(passwordVerdict('press.service.kz', 'press.service.kz@mfa.example')).toBe('passwordIsEmail')
    expect(passwordVerdict('press service of the ministry', 'press.service@mfa.example')).toBe(true)
  })
})
