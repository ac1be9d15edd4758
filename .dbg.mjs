import { chromium } from '@playwright/test';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.goto('http://127.0.0.1:4173/sign-in');
await page.getByRole('radio', { name: /Kari Nordmann/ }).check();
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForTimeout(800);
await page.goto('http://127.0.0.1:4173/incidents');
await page.waitForTimeout(1500);
console.log(
  await page.evaluate(() => {
    const out = [];
    let el = document.querySelector('table');
    while (el) {
      out.push(
        `${el.tagName}.${String(el.className).slice(0, 60)} w=${el.getBoundingClientRect().width} sw=${el.scrollWidth}`,
      );
      el = el.parentElement;
    }
    return out.join('\n');
  }),
);
await browser.close();
