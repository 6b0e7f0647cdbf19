// Draws a demo document as a one-page A4 PDF: the page is drawn as SVG (DejaVu Serif, which has every Kazakh letter),
// rasterised by sharp into a greyscale JPEG, as a scanned signed original would be, and wrapped in the few objects a
// PDF needs. The same texts give the same bytes.
import sharp from 'sharp'

export interface PdfPage {
  /** The document's title, also the file's title in a PDF reader. */
  title: string
  /** The lines above the title: issuer, type and number. */
  heading: string[]
  /** Place and date of signing. */
  placeAndDate: string
  body: string
  signatory?: string
  /** The language tag of the text: kk, ru or en. */
  language: string
}

// A4 at 150 dots per inch.
const [W, H] = [1240, 1754]

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Splits a text into lines of at most `width` characters, between words. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  // Only ordinary spaces part words: a non-breaking one keeps «№ 11» and «2 млрд» on one line.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

function pageSvg(page: PdfPage): string {
  const parts: string[] = []
  let y = 190
  const text = (content: string, size: number, options: { bold?: boolean; center?: boolean } = {}) => {
    const x = options.center ? W / 2 : 150
    const anchor = options.center ? ' text-anchor="middle"' : ''
    const weight = options.bold ? ' font-weight="bold"' : ''
    parts.push(`<text x="${x}" y="${y}" font-size="${size}"${anchor}${weight}>${escapeXml(content)}</text>`)
    y += size * 1.5
  }
  for (const line of page.heading.flatMap((part) => wrap(part, 40)))
    text(line, 30, { bold: true, center: true })
  y += 40
  for (const line of wrap(page.title, 52)) text(line, 34, { bold: true, center: true })
  y += 30
  text(page.placeAndDate, 26)
  y += 30
  for (const line of wrap(page.body, 68)) text(line, 27)
  if (page.signatory) {
    y = Math.max(y + 80, H - 420)
    for (const line of wrap(page.signatory, 60)) text(line, 27, { bold: true })
    parts.push(
      `<path d="M 820 ${y + 20} q 60 -70 120 -10 t 110 -20" stroke="#1f3a8a" stroke-width="4" fill="none"/>`,
    )
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    <g font-family="DejaVu Serif" fill="#111111">${parts.join('')}</g>
  </svg>`
}

/** A PDF text string: UTF-16BE with its byte-order mark, in hex, so that any letter survives. */
const pdfText = (text: string) =>
  `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`

export async function drawDocumentPdf(page: PdfPage): Promise<Buffer> {
  const jpeg = await sharp(Buffer.from(pageSvg(page)))
    .toColourspace('b-w')
    .jpeg({ quality: 80 })
    .toBuffer()
  const content = Buffer.from('q 595.28 0 0 841.89 0 0 cm /Page Do Q\n')
  const objects: Buffer[] = [
    Buffer.from(`<< /Type /Catalog /Pages 2 0 R /Lang (${page.language}) >>`),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Page 4 0 R >> >> /Contents 5 0 R >>',
    ),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${W} /Height ${H} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      Buffer.from('\nendstream'),
    ]),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} >>\nstream\n`),
      content,
      Buffer.from('endstream'),
    ]),
    Buffer.from(`<< /Title ${pdfText(page.title)} >>`),
  ]
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')]
  const offsets: number[] = []
  let length = chunks[0]!.length
  objects.forEach((body, index) => {
    offsets.push(length)
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')])
    chunks.push(object)
    length += object.length
  })
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${length}\n%%EOF\n`,
  ].join('')
  chunks.push(Buffer.from(xref))
  return Buffer.concat(chunks)
}
