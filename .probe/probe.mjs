import { chromium } from 'playwright-core'
const base = 'http://127.0.0.1:3107'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage()
page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 200)))
page.on('pageerror', (e) => console.log('pageerror:', e.message))
const tileRequests = []
page.on('request', (r) => { if (r.url().includes('tile')) tileRequests.push(r.url()) })
let res = await page.goto(base + '/karte?near=K%C3%B6ln&radius=50', { timeout: 120000 })
console.log('status', res.status())
console.log((await page.locator('main').innerText()).slice(0, 1500))
console.log('tile requests before', tileRequests.length)
await page.getByRole('button', { name: 'Karte anzeigen' }).click({ timeout: 150000 })
await page.waitForSelector('.leaflet-marker-icon', { timeout: 60000 })
console.log('markers', await page.locator('.leaflet-marker-icon').count(), 'tiles', tileRequests.length)
await page.screenshot({ path: '/tmp/search-map.png', fullPage: true })
res = await page.goto(base + '/karte?near=Atlantis&radius=-5&from=2025-13-01')
console.log((await page.locator('form').innerText()).slice(0, 800))
await browser.close()
