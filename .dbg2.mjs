import { chromium } from '@playwright/test';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
page.on('request', (r) => {
  if (r.url().includes('service-tickets'))
    console.log('REQ', r.method(), r.url().replace(/^.*v2/, ''));
});
await page.goto('http://127.0.0.1:4173/sign-in');
await page.getByRole('radio', { name: /Per Haugen/ }).check();
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForTimeout(800);
await page.goto('http://127.0.0.1:4173/incidents?status=New');
await page.getByRole('table').getByRole('link').first().click();
await page.getByRole('link', { name: 'Edit' }).click();
await page.getByLabel('Subject').fill('Endret emne fra e2e');
await page.getByRole('link', { name: 'Incidents' }).first().click();
await page.getByRole('button', { name: 'Stay and save' }).click();
await page.waitForTimeout(500);
console.log('--- save');
await page.getByRole('button', { name: 'Save' }).click();
await page.waitForTimeout(2000);
console.log(page.url());
await browser.close();
