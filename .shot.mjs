import { chromium } from '@playwright/test';
const [, , url, out, width = '1280', user = 'Kari Nordmann', dark] = process.argv;
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
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: dark ? 'dark' : 'light',
});
await page.goto('http://127.0.0.1:4173/sign-in');
await page.getByRole('radio', { name: new RegExp(user) }).check();
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForTimeout(800);
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
