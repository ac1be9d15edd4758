import { chromium } from '@playwright/test';
const [, , out, width = '1280', ...steps] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
page.on('console', (m) => {
  if (m.type() === 'error') console.log('CONSOLE', m.text());
});
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.goto('http://127.0.0.1:4173/sign-in');
await page.getByRole('radio', { name: /Kari Nordmann/ }).check();
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForTimeout(800);
for (const s of steps) {
  if (s.startsWith('goto:')) await page.goto('http://127.0.0.1:4173' + s.slice(5));
  else if (s.startsWith('click:'))
    await page
      .getByRole('link', { name: s.slice(6) })
      .first()
      .click();
  else if (s.startsWith('btn:'))
    await page
      .getByRole('button', { name: s.slice(4) })
      .first()
      .click();
  await page.waitForTimeout(1200);
}
await page.screenshot({ path: out, fullPage: true });
console.log(page.url());
await browser.close();
