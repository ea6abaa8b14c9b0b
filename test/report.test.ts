// The HTML report in a real browser: Debian's chromium driven by playwright-core. It opens the file from
// disk (no server, no network), checks every quote is highlighted over exactly its text, hovers, follows
// a statement to an article and back, searches, and saves a screenshot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../src/core/record.js';
import type { Merged } from '../src/merge/index.js';
import { anchor } from '../src/node/report/render.js';
import { cli, root } from './cli.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-report-'));
let browser: Browser;
let page: Page;
let records: ArticleRecord[];
let merged: Merged;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`no browser at ${CHROMIUM}: run \`bash scripts/ensure-chromium.sh\` (npm test does) or set CHROMIUM_PATH`);
  expect(cli(['corpus', '--out', out, '--quiet']).status).toBe(0);
  records = fs.readdirSync(path.join(out, 'articles')).map((f) => JSON.parse(fs.readFileSync(path.join(out, 'articles', f), 'utf8')));
  merged = JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8'));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Self-contained: any request other than the file itself fails the test.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('report.html in chromium', () => {
  it('highlights every quote over exactly its text, coloured by speaker, with sieve and confidence on hover', async () => {
    const marks = await page.$$eval('mark.quote', (ms) =>
      ms.map((m) => ({
        id: m.id,
        text: m.textContent,
        title: m.getAttribute('title'),
        bg: getComputedStyle(m).backgroundColor,
        speaker: m.getAttribute('data-speaker'),
      })),
    );
    const byId = new Map(marks.map((m) => [m.id, m]));
    let checked = 0;
    for (const r of records) {
      for (const q of r.quotes) {
        const m = byId.get(anchor('a', r.article.id, q.id));
        expect(m, `${r.article.id} ${q.id}`).toBeDefined();
        expect(m!.text).toBe(q.text);
        expect(m!.title).toContain(`confidence ${q.confidence.toFixed(2)}`);
        if (q.speaker) expect(m!.title).toContain(`via ${q.speaker.via}`);
        if (q.speaker?.addressee) expect(m!.title).toContain(`to ${q.speaker.addressee.text}`);
        checked++;
      }
    }
    expect(checked).toBe(marks.length);
    // One colour per speaker, different speakers told apart.
    const colours = new Map<string, Set<string>>();
    for (const m of marks) if (m.speaker) colours.set(m.speaker, (colours.get(m.speaker) ?? new Set()).add(m.bg));
    for (const set of colours.values()) expect(set.size).toBe(1);
    expect(new Set([...colours.values()].map((s) => [...s][0])).size).toBeGreaterThan(3);
  });

  it('underlines speaker mentions and cues', async () => {
    const styles = await page.$$eval('.mention, .cue', (els) =>
      els.map((e) => ({ cls: e.className, text: e.textContent, line: getComputedStyle(e).textDecorationLine })),
    );
    expect(styles.length).toBeGreaterThan(20);
    for (const s of styles) expect(s.line).toContain('underline');
    const cues = new Set(records.flatMap((r) => r.quotes.map((q) => q.cue?.text)).filter(Boolean));
    for (const s of styles.filter((x) => x.cls === 'cue')) expect(cues.has(s.text!)).toBe(true);
  });

  it('goes from a statement to each place it is quoted, and back', async () => {
    const st = [...merged.statements].sort((a, b) => b.quotes.length - a.quotes.length)[0];
    expect(st.quotes.length).toBeGreaterThan(1);
    const place = st.quotes[1];
    const target = anchor('a', place.article, place.quote);
    await page.click(`#${anchor('s', st.id)} a.place[href="#${target}"]`);
    expect(new URL(page.url()).hash).toBe(`#${target}`);
    const seen = await page.$eval(`#${target}`, (m) => {
      const r = m.getBoundingClientRect();
      // Below the sticky header, not hidden under it.
      const header = document.querySelector('header')!.getBoundingClientRect().bottom;
      return { top: r.top - header, bottom: r.bottom, h: innerHeight, targeted: m.matches(':target'), text: m.textContent };
    });
    expect(seen.targeted).toBe(true);
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(seen.h);
    const quoted = records.find((r) => r.article.id === place.article)!.quotes.find((q) => q.id === place.quote)!;
    expect(seen.text).toBe(quoted.text);
    fs.mkdirSync(path.join(root, 'output'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'output', 'report-article.png') });
    // And back: the link after the quote leads to its statement.
    await page.click(`#${target} ~ a.back`);
    expect(new URL(page.url()).hash).toBe(`#${anchor('s', st.id)}`);
  });

  it('searches speakers and statements', async () => {
    await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
    const speaker = merged.speakers.find((s) => s.kind === 'person' && s.aliases.length > 1)!;
    const alias = speaker.aliases.find((a) => !a.includes(speaker.name))!;
    await page.fill('#search', alias.toLowerCase());
    const visible = await page.$$eval('tbody tr.row', (rows) =>
      rows.filter((r) => !r.classList.contains('hidden')).map((r) => r.textContent),
    );
    expect(visible.length).toBeGreaterThanOrEqual(1);
    expect(visible.some((t) => t!.includes(speaker.name))).toBe(true);
    expect(visible.length).toBeLessThan(merged.speakers.length);
    await page.screenshot({ path: path.join(root, 'output', 'report-search.png') });
    await page.fill('#search', '');
    expect(await page.$$eval('.row.hidden', (r) => r.length)).toBe(0);
  });

  it('gives the most quoted speakers distinct hues, a legend, and each quote its speaker’s name beside it', async () => {
    await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
    // Quotes counted by each quote's own speaker, as quotes.csv counts them.
    const count = new Map<string, number>();
    for (const st of merged.statements) for (const q of st.quotes) if (q.speaker) count.set(q.speaker, (count.get(q.speaker) ?? 0) + 1);
    const top = [...count]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 6)
      .map(([id]) => id);
    const hues = await page.$$eval('.legend a.key', (keys) =>
      keys.map((k) => ({ id: k.getAttribute('data-speaker'), bg: getComputedStyle(k.querySelector('.swatch')!).backgroundColor })),
    );
    expect(hues.slice(0, top.length).map((h) => h.id)).toEqual(top);
    expect(new Set(hues.slice(0, top.length).map((h) => h.bg)).size).toBe(top.length);
    const labels = await page.$$eval('mark.quote', (ms) =>
      ms.map((m) => ({
        speaker: m.getAttribute('data-speaker'),
        who: m.nextElementSibling?.classList.contains('who') ? m.nextElementSibling.textContent : null,
        // A partial quote drawn inside the reported speech that holds it: the name stands after the outer one.
        nested: !!m.parentElement?.closest('mark.quote'),
      })),
    );
    const names = new Map(merged.speakers.map((sp) => [sp.id, sp.name]));
    for (const l of labels) if (l.speaker && !l.nested) expect(l.who).toBe(names.get(l.speaker));
  });

  it('shows one speaker’s statements when their name is clicked, and all again', async () => {
    await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
    const id = (await page.getAttribute('.legend a.key', 'data-speaker'))!;
    await page.click('.legend a.key');
    const shown = await page.$$eval('li.statement', (lis) =>
      lis.filter((li) => !li.classList.contains('hidden')).map((li) => li.getAttribute('data-speaker')),
    );
    expect(shown.length).toBe(merged.statements.filter((st) => st.speaker === id).length);
    expect(new Set(shown)).toEqual(new Set([id]));
    await page.screenshot({ path: path.join(root, 'output', 'report-speaker.png') });
    await page.click('#all');
    expect(await page.$$eval('li.statement.hidden', (l) => l.length)).toBe(0);
  });

  it('reads on a phone: nothing wider than the screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(pathToFileURL(path.join(out, 'report.html')).href);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.screenshot({ path: path.join(root, 'output', 'report-phone.png'), fullPage: false });
    await phone.close();
  });
});

describe('a journalist reading the report', () => {
  const feedOut = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-report-feed-'));
  const LONG = 'the Greater Harbourside Regional Water Quality Control Authority';
  beforeAll(() => {
    const feed = path.join(feedOut, 'feed.jsonl');
    fs.writeFileSync(
      feed,
      [
        { id: 'h1', text: `“The bridge will reopen in May,” said ${LONG}.`, outlet: 'Harbour Times', title: 'Bridge to reopen' },
        {
          id: 'h2',
          text: `“The bridge will reopen in May,” ${LONG} told reporters.`.replace('” the', '” The'),
          outlet: 'Coast Post',
          title: 'Mayor sets a date',
        },
        { id: 'h3', text: '“It is too late,” said Tom Hale.', outlet: 'Coast Post', title: 'Critics unmoved' },
        { id: 'h4', text: '“We need it now,” said Ms. Zyra Quell.', outlet: 'Coast Post', title: 'Shops want it sooner' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    expect(cli([feed, '--out', path.join(feedOut, 'o'), '--quiet']).status).toBe(0);
  });

  it('leads with a summary, then the statements; the speakers table folded; places named by outlet and headline', async () => {
    const desk = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await desk.goto(pathToFileURL(path.join(feedOut, 'o', 'report.html')).href);
    const summary = (await desk.textContent('p.summary'))!;
    expect(summary).toMatch(/^4 articles, 4 quotes\. Most quoted: Greater Harbourside Regional Water Quality Control Authority \(2\), /);
    const order = await desk.$$eval('main > *', (els) => els.map((e) => e.id || e.className || e.tagName.toLowerCase()));
    expect(order.indexOf('summary')).toBeLessThan(order.indexOf('statements'));
    expect(order.indexOf('statements')).toBeLessThan(order.indexOf('speakers'));
    expect(await desk.$eval('details#speakers', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    const places = await desk.$$eval('a.place', (as) => as.map((a) => a.textContent));
    expect(places.sort()).toEqual([
      'Coast Post: Critics unmoved',
      'Coast Post: Mayor sets a date',
      'Coast Post: Shops want it sooner',
      'Harbour Times: Bridge to reopen',
    ]);
    // Who gets quoted: the share of women among people of known gender, for all articles and each outlet.
    const bars = await desk.$$eval('tr.source', (rows) => rows.map((r) => [r.getAttribute('data-outlet'), r.getAttribute('data-share')]));
    expect(bars).toEqual([
      ['All articles', '0.5'],
      ['Coast Post', '0.5'],
      ['Harbour Times', ''],
    ]);
    // A click on a name: the first statement shown sits below the sticky header, not under it.
    await desk.click('.legend a.key');
    const header = await desk.$eval('header', (h) => h.getBoundingClientRect().bottom);
    const first = await desk.$eval('#statements', (h) => h.getBoundingClientRect().top);
    expect(first).toBeGreaterThanOrEqual(header);
    await desk.screenshot({ path: path.join(root, 'output', 'report-desktop.png') });
    await desk.close();
  });

  it('wraps a long name (eight words) on a 375-pixel phone: nothing wider than the screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(pathToFileURL(path.join(feedOut, 'o', 'report.html')).href);
    await phone.click('details#speakers summary');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.screenshot({ path: path.join(root, 'output', 'report-phone-long-name.png'), fullPage: true });
    await phone.close();
  });
});
