// The report's page around its parts: the style, the header with its search, the order of the sections, and
// the script of the search and the one-speaker filter. Self-contained: no network, no CDN.

/** The page around the parts, with its style and the script of its filters. */
export function page(p: {
  title: string;
  counts: string;
  summary: string;
  sources: string;
  speakerCount: number;
  legend: string;
  speakerRows: string;
  statementItems: string;
  cut: string;
  index: string;
  articles: string;
}): string {
  const { title, legend, speakerRows, statementItems, cut, index, articles } = p;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.6em 1.2em;z-index:1}
header h1{font-size:1.2em;margin:0 0 .3em}
main{padding:0 1.2em 4em;max-width:70em}
input[type=search]{width:24em;max-width:90%;padding:.3em .5em;font:inherit}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.25em .5em;text-align:left;vertical-align:top}
.n{text-align:right}.meta{color:#666;font-size:.9em}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.4em;vertical-align:baseline;border:1px solid #0002}
ol.statements li{margin:.4em 0}
.place{margin-right:.5em;font-size:.9em}
.text{white-space:pre-wrap;border-left:3px solid #eee;padding-left:1em}
mark.quote{border-radius:3px;padding:0 1px}mark.quote.indirect,.key-indirect{background-image:linear-gradient(rgba(255,255,255,.55),rgba(255,255,255,.55))}.key-indirect{background-color:#bbb;border-radius:3px;padding:0 2px}
.mention{text-decoration:underline;text-decoration-thickness:2px}
.cue{text-decoration:underline dotted;text-decoration-thickness:2px}
a.back{font-size:.75em;vertical-align:super;margin-left:2px}
:target{outline:3px solid #f0a400;outline-offset:2px}
mark.quote,li.statement,section.article{scroll-margin-top:9em}
.hidden{display:none}
.who{font-size:.75em;color:#444;border-bottom:3px solid;margin:0 .3em 0 .15em;overflow-wrap:anywhere;user-select:none}
.legend{margin-top:.4em;font-size:.9em;line-height:1.9}.legend a.key{margin-right:.8em;color:inherit;text-decoration:none}
.summary{font-size:1.05em;margin:.8em 0 .2em}details#speakers{margin:1em 0}details#speakers summary{cursor:pointer;font-weight:600}
td{overflow-wrap:anywhere}h2{scroll-margin-top:9em}
table.sources td.bar{width:40%}td.bar span{display:block;height:.8em;background:#b0417a;border-radius:2px;min-width:1px}
a.only{color:inherit}.speakers{overflow-x:auto}
@media (max-width:640px){body{font-size:14px}header{position:static;padding:.5em .8em}main{padding:0 .8em 3em}
input[type=search]{width:100%;box-sizing:border-box}td,th{padding:.2em .3em}.text{padding-left:.5em}h1{font-size:1.05em}}
</style></head>
<body>
<header><h1>${title}</h1>
<div class="meta">${p.counts}</div>
<input type="search" id="search" placeholder="Search speakers and statements" aria-label="Search speakers and statements">
<div id="only" class="meta hidden">Showing one speaker’s statements: <b id="only-name"></b> · <a href="#statements" id="all">show all</a></div>
</header>
<main>
<p class="summary">${p.summary}</p>
<div class="legend">${legend}</div>
${p.sources}
<h2 id="statements">Statements</h2>
<ol class="statements">
${statementItems}
</ol>
<details id="speakers"><summary>All ${p.speakerCount} speakers: aliases, quotes, statements, articles</summary>
<div class="speakers"><table><thead><tr><th>Name</th><th>Kind</th><th>Aliases</th><th class="n">Quotes</th><th class="n">Statements</th><th class="n">Articles</th></tr></thead><tbody>
${speakerRows}
</tbody></table></div>
</details>
<h2 id="articles">Articles</h2>
${cut}
<ol class="index">
${index}
</ol>
${articles}
</main>
<script>
// Search: hides the speakers and statements whose text does not contain every typed word.
const box = document.getElementById('search');
box.addEventListener('input', () => {
  const words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
  for (const row of document.querySelectorAll('.row')) {
    const text = row.getAttribute('data-search') || '';
    row.classList.toggle('hidden', !words.every((w) => text.includes(w)));
  }
  // A search shows the speakers it finds: the folded table opens.
  if (words.length) document.getElementById('speakers').open = true;
});
// One speaker: a click on a name (the speakers' table or the legend) shows only their statements, each
// with the articles that report it; "show all" brings the others back.
const only = document.getElementById('only');
for (const a of document.querySelectorAll('a.only')) {
  a.addEventListener('click', () => {
    const id = a.getAttribute('data-speaker');
    for (const li of document.querySelectorAll('li.statement')) li.classList.toggle('hidden', li.getAttribute('data-speaker') !== id);
    document.getElementById('only-name').textContent = a.getAttribute('data-name');
    only.classList.remove('hidden');
  });
}
document.getElementById('all').addEventListener('click', () => {
  for (const li of document.querySelectorAll('li.statement')) li.classList.remove('hidden');
  only.classList.add('hidden');
});
</script>
</body></html>
`;
}
