// `npx tsx scripts/fonts`: writes the Kazakh subsets of Noto Sans that app/(frontend)/styles/fonts.css loads.
// Run after upgrading @fontsource/noto-sans; scripts/fonts/kazakhLetters.test.ts fails until then.
import { writeFile } from 'node:fs/promises'

import { kazakhSubset, subsetPath, WEIGHTS } from './kazakhLetters'

for (const weight of WEIGHTS) {
  const font = await kazakhSubset(weight)
  await writeFile(subsetPath(weight), font)
  console.log(`${subsetPath(weight)}: ${font.length} bytes`)
}
