import { chromium } from '@playwright/test'
for (const path of ['/kk/press-releases','/en/press-releases','/kk/press-releases','/en/press-releases','/ru/press-releases']) {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--headless=new'] })
  const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true })
  const p = await ctx.newPage()
  await p.goto('http://127.0.0.1:3000' + path, { waitUntil: 'load' })
  await p.waitForTimeout(500)
  const r = await p.evaluate(() => [Math.round(performance.getEntriesByType('paint')[1]?.startTime ?? -1), Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd)])
  console.log(path, r.join('/'))
  await b.close()
}
