import { chromium } from 'playwright-core'
const base = 'http://127.0.0.1:3107'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage()
page.on('console', (m) => { if (!m.text().includes('WebSocket')) console.log('console:', m.type(), m.text().slice(0, 300)) })
page.on('pageerror', (e) => console.log('pageerror:', e.message))
await page.goto(base + '/karte?near=K%C3%B6ln&radius=50', { timeout: 120000, waitUntil: 'networkidle' })
await page.waitForTimeout(5000)
console.log(await page.evaluate(() => [Object.keys(document.querySelector('form')).join(','), Object.keys(document.querySelector('.search-results')).join(','), document.querySelector('.search-map')?.outerHTML]))
await browser.close()
