// Memory per idle Blazor circuit: N browser contexts signed in as yamagata-city, each on /surveys (or PAGE), idle.
//   cd bench && npm install playwright-core@1.64.1 && node circuits.mjs http://127.0.0.1:5190 50
// Prints when the circuits are open; bench/circuits.sh takes the server's heap (dotnet-gcdump) before and after.
import { chromium } from 'playwright-core';

const [base = 'http://127.0.0.1:5190', count = '50', page = '/surveys'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const contexts = [];
for (let i = 0; i < Number(count); i++) {
  const context = await browser.newContext({ baseURL: base, locale: 'ja-JP' });
  const tab = await context.newPage();
  // Straight to the page after signing in, so each context holds exactly one circuit (no home page left behind).
  await tab.goto('/login?ReturnUrl=' + encodeURIComponent(page));
  await tab.getByLabel('メールアドレス').fill('yamagata-city@renkei.example');
  await tab.getByLabel('パスワード').fill('Renkei#Demo2026');
  await tab.getByRole('button', { name: 'ログイン' }).click();
  await tab.waitForURL(url => !url.pathname.startsWith('/login'));
  await tab.locator('#render-mode[data-interactive=true]').waitFor({ state: 'attached' });
  contexts.push(context);
}
console.log(`OPEN ${contexts.length}`);
// Stay idle until told to stop (the shell script takes its heap dump meanwhile).
process.stdin.resume();
process.stdin.on('data', async () => { await browser.close(); process.exit(0); });
