import { describe, expect, it } from 'vitest'

import { refererReturnPath, safeReturnPath } from './returnPath'

describe('the return path after a settings change', () => {
  it('keeps a page of the site with its query', () => {
    expect(safeReturnPath('/kk')).toBe('/kk')
    expect(safeReturnPath('/en/press-releases?topic=central-asia&page=2')).toBe(
      '/en/press-releases?topic=central-asia&page=2',
    )
    expect(safeReturnPath('/ru/search?q=%D0%BC%D0%B8%D0%B4')).toBe('/ru/search?q=%D0%BC%D0%B8%D0%B4')
  })

  it('never leads to another site', () => {
    for (const hostile of [
      'https://evil.example/kk',
      '//evil.example/kk',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example/kk',
      'javascript:alert(1)',
      'kk/press-releases',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnPath(hostile), String(hostile)).toBeNull()
    }
  })

  it('only leads to a page under a language', () => {
    expect(safeReturnPath('/admin')).toBeNull()
    expect(safeReturnPath('/api/users')).toBeNull()
    expect(safeReturnPath('/kk/../admin')).toBeNull()
    expect(safeReturnPath('/de/page')).toBeNull()
    expect(safeReturnPath('/kkk')).toBeNull()
    expect(safeReturnPath(`/kk/${'a'.repeat(5000)}`)).toBeNull()
  })

  it('takes the page from a Referer of this site only', () => {
    const hosts = ['127.0.0.1:3000', 'www.gov.kz']
    expect(refererReturnPath('http://127.0.0.1:3000/en/events?page=2', hosts)).toBe('/en/events?page=2')
    expect(refererReturnPath('https://www.gov.kz/ru', hosts)).toBe('/ru')
    expect(refererReturnPath('https://evil.example/ru', hosts)).toBeNull()
    expect(refererReturnPath('http://127.0.0.1:3000/admin', hosts)).toBeNull()
    expect(refererReturnPath('not a url', hosts)).toBeNull()
    expect(refererReturnPath(null, hosts)).toBeNull()
  })
})
