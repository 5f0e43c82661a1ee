// Two portals behind nginx (sticky by client address) over one PostgreSQL: a token from one works on the other;
// a municipality types a need through nginx; the instance serving it is stopped; the page comes back on the other
// instance, still signed in, with the need as saved.
//   node bench/two-instances.mjs http://127.0.0.1:5195 http://127.0.0.1:5193 http://127.0.0.1:5194   (bench/two-instances.sh runs it)
import { chromium } from 'playwright-core';
import * as readline from 'node:readline';

const [proxy, a, b] = process.argv.slice(2);
const lines = readline.createInterface({ input: process.stdin });
const nextLine = () => new Promise(resolve => lines.once('line', resolve));
const json = { 'Content-Type': 'application/json' };

// 1. A bearer token issued by A is accepted by B (data-protection keys shared in PostgreSQL).
const login = await fetch(`${a}/api/v1/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'secretariat@renkei.example', password: 'Renkei#Demo2026' }) });
const { accessToken } = await login.json();
const bearer = { ...json, Authorization: `Bearer ${accessToken}` };
const me = await fetch(`${b}/api/v1/me`, { headers: bearer });
console.log(`token from A on B: ${me.status}`);
const today = new Date(Date.now() + 9 * 3600_000);
const day = n => new Date(today.getTime() + n * 86400_000).toISOString().slice(0, 10);
const year = today.getUTCMonth() < 3 ? today.getUTCFullYear() - 1 : today.getUTCFullYear();
const created = await fetch(`${b}/api/v1/surveys`, { method: 'POST', headers: bearer, body: JSON.stringify({
  fiscalYear: year, title: `令和${year - 2018}年度 連携課題・ニーズ調査（二台構成の確認）`,
  municipalOpensOn: day(-1), municipalClosesOn: day(10), departmentOpensOn: day(-1), departmentClosesOn: day(10) }) });
const { id } = await created.json();
const opened = await fetch(`${a}/api/v1/surveys/${id}/open`, { method: 'POST', headers: bearer });
console.log(`survey ${id} created on B (${created.status}), opened on A (${opened.status})`);

// 2. Through nginx: sign in, type a need, wait until it is saved.
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await (await browser.newContext({ baseURL: proxy, locale: 'ja-JP' })).newPage();
page.setDefaultTimeout(30_000);
const upstreams = new Set();
page.on('response', r => { const u = r.headers()['x-upstream']; if (u && r.request().resourceType() === 'document') upstreams.add(u); });
await page.goto(`/login?ReturnUrl=${encodeURIComponent(`/surveys/${id}/answer`)}`);
await page.getByLabel('メールアドレス').fill('yamagata-city@renkei.example');
await page.getByLabel('パスワード').fill('Renkei#Demo2026');
await page.getByRole('button', { name: 'ログイン' }).click();
await page.waitForURL(`**/surveys/${id}/answer`).catch(async e => {
  console.log(`sign-in did not reach the answer page: ${page.url()}\n${(await page.locator('main').innerText()).slice(0, 400)}`);
  throw e;
});
await page.locator('#render-mode[data-interactive=true]').waitFor({ state: 'attached' });
await page.getByRole('button', { name: '＋ 施策の連携のニーズを追加' }).click();
const editor = page.getByTestId('need-item').first();
await editor.locator('.mud-select').filter({ hasText: '区分' }).first().click();
await page.getByRole('option', { name: '若者の定着・回帰関係（移住定住、空き家対策、Uターン等）' }).click();
await editor.getByLabel('連携が必要な施策・業務').fill('空き家バンクの広域化');
await editor.getByRole('radio', { name: '高', exact: true }).check();
await editor.locator('[data-testid=save-state]').filter({ hasText: '保存しました' }).waitFor();
const serving = [...upstreams].at(-1);
console.log(`need saved through ${serving}`);

// 3. The serving instance is stopped (the shell does it); the page must come back on the other one.
console.log(`STOP ${serving}`);
await nextLine();
const started = Date.now();
await page.waitForFunction(() => document.querySelector('#render-mode[data-interactive=true]') === null, null, { timeout: 30_000 }).catch(() => {});
await page.getByTestId('need-item').first().getByLabel('連携が必要な施策・業務').waitFor({ timeout: 60_000 });
await page.locator('#render-mode[data-interactive=true]').waitFor({ state: 'attached', timeout: 60_000 });
const title = await page.getByTestId('need-item').first().getByLabel('連携が必要な施策・業務').inputValue();
const url = page.url();
console.log(`back after ${((Date.now() - started) / 1000).toFixed(1)} s on ${[...upstreams].at(-1)}: ${url.includes('/login') ? 'signed out' : 'still signed in'}, need title "${title}"`);
const ok = title === '空き家バンクの広域化' && !url.includes('/login') && [...upstreams].at(-1) !== serving;
console.log(ok ? 'RESULT ok' : 'RESULT failed');
await browser.close();
process.exit(ok ? 0 : 1);
