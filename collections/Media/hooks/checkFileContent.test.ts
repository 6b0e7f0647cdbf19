import { describe, expect, it } from 'vitest'

import { safeFileName } from './checkFileContent'

describe('an uploaded file’s name', () => {
  it('loses any folders, so that it cannot lead out of the media folder', () => {
    expect(safeFileName('../../data/payload-secret.png', 'png')).toBe('payload-secret.png')
    expect(safeFileName('..\\..\\windows\\evil.jpg', 'jpg')).toBe('evil.jpg')
  })

  it('is written in Latin letters, digits and hyphens, with the extension of what the file is', () => {
    expect(safeFileName('Астана 2026 <script>.PNG', 'jpg')).toBe('astana-2026-script.jpg')
    expect(safeFileName('report.pdf.html', 'pdf')).toBe('report-pdf.pdf')
    expect(safeFileName('....', 'webp')).toBe('file.webp')
  })
})
