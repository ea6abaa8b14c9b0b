// The HTML report: one self-contained file (no network, no CDN) that opens from disk. The corpus view
// lists speakers and statements, searchable; the article view shows each text with its quotes marked,
// a colour per speaker, speaker mention and cue underlined, and links both ways between a statement and
// each place it is quoted. Pure: records and merge in, a string out; the Node side reads the texts.
import type { ArticleRecord } from '../../core/record.js';
import type { Merged } from '../../merge/index.js';
import { page } from './page.js';

/** Article views embed their full text, so a report of a huge corpus shows the first articles only. */
export const MAX_REPORT_ARTICLES = 300;
/** Statements shown in the corpus view, the most reported first. */
export const MAX_REPORT_STATEMENTS = 5000;
/** Speakers listed, the most quoted first; places listed per statement. */
export const MAX_REPORT_SPEAKERS = 20000;
const MAX_PLACES = 50;
/**
 * Characters of article text the report embeds in all: past them an article shows its quotes only. A
 * report of 300 articles of 5 MB each would otherwise be a string past what V8 can hold (a RangeError
 * after the whole run), and no browser would open it.
 */
export const MAX_REPORT_TEXT = 40_000_000;

export interface ReportInput {
  /** The records of the articles to show: all of them, or the first MAX_REPORT_ARTICLES by id at least. */
  records: ArticleRecord[];
  merged: Merged;
  /** The decoded text of an article, or null when its source cannot be read again. */
  textOf: (id: string) => string | null;
  title?: string;
  /** Characters of article text to embed in all (default MAX_REPORT_TEXT). */
  maxText?: number;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** An id safe in `id=""` and `href="#…"`: article ids are file names, so they may hold anything. */
export const anchor = (...parts: string[]) =>
  parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)).join('--');
/**
 * Colours for the speakers, the most quoted first: each a step of the golden angle (137.5°) round the
 * hue circle from the last, so the first dozens never share a hue, and lightness alternating so that
 * neighbours on the circle differ twice. The same speaker has the same colour everywhere in the report.
 */
function palette(ids: string[]): Map<string, string> {
  return new Map(ids.map((id, i) => [id, `hsl(${Math.round((i * 137.508) % 360)} ${i % 3 === 2 ? 60 : 80}% ${i % 2 ? 74 : 84}%)`]));
}

/** A stable pastel colour for a key no palette holds. */
function colour(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return `hsl(${h % 360} 85% 82%)`;
}

interface Inline {
  start: number;
  end: number;
  cls: string;
  title: string;
}

/**
 * Renders `text` piece by piece with its inline spans (mentions, cues) wrapped. The spans are sorted and
 * consumed from a cursor, so a 5 MB article with ten thousand quotes costs one pass, not quotes × spans.
 * A span that overlaps one already drawn, or crosses a quote's edge, is left plain.
 */
function inlineRenderer(text: string, inlines: Inline[]) {
  let next = 0;
  // Ranges come in order and touch end to start, so every span starting before `end` is drawn in this
  // range or never.
  return (start: number, end: number): string => {
    let out = '';
    let at = start;
    while (next < inlines.length && inlines[next].start < end) {
      const s = inlines[next++];
      if (s.start < at || s.end > end) continue;
      out += escapeHtml(text.slice(at, s.start));
      out += `<span class="${s.cls}" title="${escapeHtml(s.title)}">${escapeHtml(text.slice(s.start, s.end))}</span>`;
      at = s.end;
    }
    return out + escapeHtml(text.slice(at, end));
  };
}

/** A field of what the input says of an article (`title`, `outlet`, `date`), as text; '' when it has none. */
function metaText(rec: ArticleRecord, key: string): string {
  const v = rec.meta?.[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}
const titleOf = (rec: ArticleRecord) => metaText(rec, 'title') || rec.article.id;
/** `Daily Ledger · 2016-09-30 · 12 quotes`: outlet and date when the input gives them, then the quotes. */
const byline = (rec: ArticleRecord) =>
  [metaText(rec, 'outlet'), metaText(rec, 'date'), `${rec.quotes.length} quote${rec.quotes.length === 1 ? '' : 's'}`]
    .filter(Boolean)
    .join(' · ');

function renderArticle(
  rec: ArticleRecord,
  text: string | null,
  statementOf: Map<string, string>,
  speakerOf: Map<string, { id: string; name: string }>,
  colourOf: (id: string) => string,
): string {
  const id = rec.article.id;
  // Headed by what the input says of it (title, outlet, date), the id and source after.
  const head = `<h3>${escapeHtml(titleOf(rec))}</h3><p class="meta">${escapeHtml(byline(rec))} · ${escapeHtml(id)} · ${escapeHtml(rec.article.source)}</p>`;
  if (text === null) {
    const items = rec.quotes
      .map((q) => `<li id="${anchor('a', id, q.id)}">“${escapeHtml(q.text)}” — ${escapeHtml(q.speaker?.name ?? 'unknown')}</li>`)
      .join('');
    return `${head}<p class="meta">The source text could not be read again; the quotes alone:</p><ol>${items}</ol>`;
  }
  const inlines: Inline[] = [];
  for (const q of rec.quotes) {
    if (q.speaker?.mention) inlines.push({ ...q.speaker.mention, cls: 'mention', title: `speaker of ${q.id}: ${q.speaker.name}` });
    if (q.cue) inlines.push({ ...q.cue, cls: 'cue', title: `cue of ${q.id}` });
  }
  inlines.sort((a, b) => a.start - b.start || b.end - a.end);
  // Outer before inner at one start: reported speech holds the partial quote that opens it.
  const quotes = [...rec.quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const renderRange = inlineRenderer(text, inlines);
  let body = '';
  let at = 0;
  // A quote drawn inside another (`nested`) has no name or link of its own inside its outer mark, whose
  // text stays its own text.
  const markOf = (q: ArticleRecord['quotes'][number], inner: string, nested = false) => {
    const spk = speakerOf.get(`${id}#${q.id}`);
    const stmt = statementOf.get(`${id}#${q.id}`);
    const hover = [
      `${q.speaker?.name ?? 'speaker unknown'}`,
      q.speaker ? `via ${q.speaker.via}` : '',
      `confidence ${q.confidence.toFixed(2)}`,
      q.speaker?.addressee ? `to ${q.speaker.addressee.text}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const back = stmt
      ? `<a class="back" href="#${anchor('s', stmt)}" title="the statement this quote belongs to">${escapeHtml(stmt)}</a>`
      : '';
    // The speaker's name beside the quote, not only on hover (a phone has none).
    const who = `<span class="who" style="border-color:${spk ? colourOf(spk.id) : '#ccc'}">${escapeHtml(spk?.name ?? q.speaker?.name ?? 'unknown')}</span>`;
    // Reported speech (no marks in the source) drawn lighter, as the legend says.
    return `<mark class="quote${q.type === 'indirect' ? ' indirect' : ''}" id="${anchor('a', id, q.id)}" data-quote="${escapeHtml(q.id)}" data-speaker="${escapeHtml(spk?.id ?? '')}" style="background:${spk ? colourOf(spk.id) : '#e5e5e5'}" title="${escapeHtml(hover)}">${inner}</mark>${nested ? '' : who + back}`;
  };
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    if (q.start < at) continue; // a quote that overlaps one drawn without lying inside it is not drawn twice
    body += renderRange(at, q.start);
    // `Roe said the plant “will close” soon`: the partial quote inside the reported speech, drawn inside it.
    let inner = '';
    let from = q.start;
    while (k + 1 < quotes.length && quotes[k + 1].start >= from && quotes[k + 1].end <= q.end) {
      const n = quotes[++k];
      inner += renderRange(from, n.start) + markOf(n, renderRange(n.start, n.end), true);
      from = n.end;
    }
    body += markOf(q, inner + renderRange(from, q.end));
    at = q.end;
  }
  body += renderRange(at, text.length);
  return `${head}<div class="text">${body}</div>`;
}

/** Who said each quote and how often each speaker is quoted, read once from merged.json. */
function indexMerged(merged: Merged) {
  const speakers = new Map(merged.speakers.map((s) => [s.id, s]));
  const statementOf = new Map<string, string>();
  const speakerOf = new Map<string, { id: string; name: string }>();
  const stmtCount = new Map<string, number>();
  const quoteCount = new Map<string, number>();
  for (const st of merged.statements) {
    if (st.speaker) stmtCount.set(st.speaker, (stmtCount.get(st.speaker) ?? 0) + 1);
    for (const q of st.quotes) {
      statementOf.set(`${q.article}#${q.quote}`, st.id);
      // Each quote's own speaker, as quotes.csv and the article file give it: one truth across the three.
      const s = q.speaker ? speakers.get(q.speaker) : undefined;
      if (!s) continue;
      quoteCount.set(s.id, (quoteCount.get(s.id) ?? 0) + 1);
      speakerOf.set(`${q.article}#${q.quote}`, { id: s.id, name: s.name });
    }
  }
  const ranked = [...merged.speakers].sort((a, b) => (quoteCount.get(b.id) ?? 0) - (quoteCount.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  const colours = palette(ranked.map((sp) => sp.id));
  const colourOf = (id: string) => colours.get(id) ?? colour(id);
  return { speakers, statementOf, speakerOf, stmtCount, quoteCount, ranked, colourOf };
}

type MergedIndex = ReturnType<typeof indexMerged>;

function renderSpeakerRows(listed: Merged['speakers'], ix: MergedIndex): string {
  return listed
    .map(
      (s) =>
        `<tr class="row" data-speaker="${escapeHtml(s.id)}" data-quotes="${ix.quoteCount.get(s.id) ?? 0}" data-statements="${ix.stmtCount.get(s.id) ?? 0}" data-search="${escapeHtml([s.name, ...s.aliases].join(' ').toLowerCase())}"><td><span class="swatch" style="background:${ix.colourOf(s.id)}"></span><a href="#statements" class="only" data-speaker="${escapeHtml(s.id)}" data-name="${escapeHtml(s.name)}" title="show only this speaker's statements">${escapeHtml(s.name)}</a></td><td>${escapeHtml(s.kind ?? '')}</td><td>${escapeHtml(s.aliases.join(', '))}</td><td class="n">${ix.quoteCount.get(s.id) ?? 0}</td><td class="n">${ix.stmtCount.get(s.id) ?? 0}</td><td class="n">${s.articles.length}</td></tr>`,
    )
    .join('\n');
}

/** A place a statement is quoted, named as a reader knows it: the outlet and the headline, else the file's id. */
function placeName(rec: ArticleRecord | undefined, article: string): string {
  if (!rec) return article;
  const outlet = metaText(rec, 'outlet');
  const title = metaText(rec, 'title');
  return [outlet, title].filter(Boolean).join(': ') || article;
}

function renderStatements(merged: Merged, ix: MergedIndex, shown: Map<string, ArticleRecord>): string {
  const statements = [...merged.statements].sort((a, b) => b.quotes.length - a.quotes.length).slice(0, MAX_REPORT_STATEMENTS);
  return statements
    .map((st) => {
      const who = st.speaker ? (ix.speakers.get(st.speaker)?.name ?? st.speaker) : 'speaker unknown';
      const places =
        st.quotes
          .slice(0, MAX_PLACES)
          .map((q) =>
            shown.has(q.article)
              ? `<a class="place" href="#${anchor('a', q.article, q.quote)}">${escapeHtml(placeName(shown.get(q.article), q.article))}</a>`
              : `<span class="place">${escapeHtml(q.article)}</span>`,
          )
          .join(' ') + (st.quotes.length > MAX_PLACES ? ` <span class="meta">and ${st.quotes.length - MAX_PLACES} more</span>` : '');
      return `<li class="row statement" id="${anchor('s', st.id)}" data-speaker="${escapeHtml(st.speaker ?? '')}" data-search="${escapeHtml(`${who} ${st.text}`.toLowerCase())}"><span class="swatch" style="background:${st.speaker ? ix.colourOf(st.speaker) : '#e5e5e5'}"></span><b>${escapeHtml(who)}</b>${st.speakerPropagated ? ' <i title="attributed by another article that reports the same words">(propagated)</i>' : ''}: “${escapeHtml(st.text)}” <span class="meta">${escapeHtml(st.id)} · reported in</span> ${places}</li>`;
    })
    .join('\n');
}

/** Each shown article with its quotes marked, its text left out once the report holds `maxText` characters of text. */
function renderArticles(input: ReportInput, shown: ArticleRecord[], ix: MergedIndex, maxText: number): { html: string; textless: number } {
  let textLeft = maxText;
  let textless = 0;
  const html = shown
    .map((r) => {
      let text = input.textOf(r.article.id);
      if (text !== null && text.length > textLeft) {
        text = null;
        textless++;
      } else if (text !== null) textLeft -= text.length;
      return `<section class="article" id="${anchor('a', r.article.id)}">${renderArticle(r, text, ix.statementOf, ix.speakerOf, ix.colourOf)}</section>`;
    })
    .join('\n');
  return { html, textless };
}

/** The legend: the most quoted speakers and their colours, each a filter of the statements. */
function renderLegend(ix: MergedIndex, indirect: boolean): string {
  const key = indirect ? ' <span class="meta">· <span class="key-indirect">lighter</span>: reported speech, no quotation marks</span>' : '';
  return `${ix.ranked
    .slice(0, 12)
    .filter((sp) => ix.quoteCount.get(sp.id))
    .map(
      (sp) =>
        `<a href="#statements" class="only key" data-speaker="${escapeHtml(sp.id)}" data-quotes="${ix.quoteCount.get(sp.id)}" data-name="${escapeHtml(sp.name)}"><span class="swatch" style="background:${ix.colourOf(sp.id)}"></span>${escapeHtml(sp.name)} <span class="meta">${ix.quoteCount.get(sp.id)}</span></a>`,
    )
    .join(' ')}${key}`;
}

export function renderReport(input: ReportInput): string {
  const { records, merged } = input;
  const ix = indexMerged(merged);
  const shown = [...records].sort((a, b) => (a.article.id < b.article.id ? -1 : 1)).slice(0, MAX_REPORT_ARTICLES);
  const inReport = new Map(shown.map((r) => [r.article.id, r]));
  const listedSpeakers = merged.speakers.length > MAX_REPORT_SPEAKERS ? ix.ranked.slice(0, MAX_REPORT_SPEAKERS) : merged.speakers;
  const maxText = input.maxText ?? MAX_REPORT_TEXT;
  const { html: articles, textless } = renderArticles(input, shown, ix, maxText);
  // Totals from the merge, which has every article and every quote (each in one statement), so the
  // records given may be the shown ones only.
  const articleCount = merged.articles.length;
  const quotes = merged.statements.reduce((n, st) => n + st.quotes.length, 0);
  const cut =
    (articleCount > shown.length
      ? `<p class="meta">The first ${shown.length} of ${articleCount} articles are shown; every article is in output/articles/.</p>`
      : '') +
    (textless
      ? `<p class="meta">${textless} of them list their quotes without their text: the report holds at most ${maxText.toLocaleString('en')} characters of article text.</p>`
      : '') +
    (listedSpeakers.length < merged.speakers.length
      ? `<p class="meta">The ${listedSpeakers.length} most quoted of ${merged.speakers.length} speakers are listed; merged.json has them all.</p>`
      : '');
  // The articles by title, outlet and date (what the input says of them), each a link to its view.
  const index = shown
    .map(
      (r) =>
        `<li><a href="#${anchor('a', r.article.id)}">${escapeHtml(titleOf(r))}</a> <span class="meta">${escapeHtml(byline(r))}</span></li>`,
    )
    .join('\n');
  return page({
    title: escapeHtml(input.title ?? 'whosaid report'),
    counts: `${articleCount} articles · ${quotes} quotes · ${merged.speakers.length} speakers · ${merged.statements.length} statements`,
    summary: summaryOf(ix, articleCount, quotes),
    sources: sourcesChart(merged),
    speakerCount: merged.speakers.length,
    legend: renderLegend(
      ix,
      records.some((r) => r.quotes.some((q) => q.type === 'indirect')),
    ),
    speakerRows: renderSpeakerRows(listedSpeakers, ix),
    statementItems: renderStatements(merged, ix, inReport),
    cut,
    index,
    articles,
  });
}

/**
 * Who gets quoted, at a glance: for the corpus and each outlet, a bar of the share of women among the people
 * quoted whose gender the text says, with the counts beside it (merged.json's sources).
 */
function sourcesChart(merged: Merged): string {
  const sources = merged.sources;
  if (!sources) return '';
  const rows = [['All articles', sources.overall] as const, ...Object.entries(sources.byOutlet)];
  const row = ([label, c]: readonly [string, Merged['sources']['overall']]) => {
    const share = c.shareWomen;
    const pct = share === null ? '–' : `${Math.round(share * 100)}%`;
    return `<tr class="source" data-outlet="${escapeHtml(label)}" data-share="${share ?? ''}"><td>${escapeHtml(label)}</td><td class="bar"><span style="width:${share === null ? 0 : Math.round(share * 100)}%"></span></td><td class="n">${pct}</td><td class="meta">${c.women} women, ${c.men} men, ${c.genderUnknown} unknown of ${c.people} people; ${c.organisations} organisations, ${c.anonymous} anonymous</td></tr>`;
  };
  return `<h2 id="sources">Who gets quoted</h2><p class="meta">Women among the people quoted whose gender the text says (a title, their pronouns, a given name one sex bears).</p><table class="sources">${rows.map(row).join('\n')}</table>`;
}

/** What a reader came for, in a line: how much was read, and who is quoted most. */
function summaryOf(ix: MergedIndex, articles: number, quotes: number): string {
  const top = ix.ranked.filter((s) => ix.quoteCount.get(s.id)).slice(0, 3);
  const most = top.map((s) => `${escapeHtml(s.name)} (${ix.quoteCount.get(s.id)})`).join(', ');
  const s = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${s(articles, 'article')}, ${s(quotes, 'quote')}${most ? `. Most quoted: ${most}` : ''}.`;
}
