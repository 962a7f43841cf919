// Wirewatch web UI. Article content is untrusted: it only ever reaches the page as text nodes
// (el() turns strings into text nodes; nothing here assigns innerHTML), and links are built from
// this site's own paths with encoded parameters.
'use strict';


function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function page(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return path + (s ? '?' + s : '');
}

function link(path, params, ...children) {
  return el('a', { href: page(path, params) }, ...children);
}

function langBadge(lang) {
  return el('span', { class: 'lang' }, lang || 'und');
}

// GDELT's tone (per 100 words), signed, or nothing when the article's language has no tone.
function toneBadge(tone) {
  if (tone === null || tone === undefined) return null;
  const kind = tone > 0 ? 'positive' : tone < 0 ? 'negative' : 'neutral';
  return el('span', { class: 'tone ' + kind, title: 'tone per 100 words' }, `tone ${tone > 0 ? '+' : ''}${tone.toFixed(1)}`);
}

function sentimentBadge(sentiment) {
  return sentiment ? el('span', { class: 'sentiment ' + sentiment }, sentiment) : null;
}

function day(published) {
  return published ? published.replace('T', ' ').slice(0, 16) : 'undated';
}

function param(name) {
  return new URLSearchParams(location.search).get(name);
}

async function api(path, params) {
  const response = await fetch(page(path, params), { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error((body.error && body.error.message) || response.statusText);
  return body;
}

function show(...nodes) {
  const main = document.getElementById('main');
  // sections a page leaves out are null: they must not become "null" text
  main.replaceChildren(...nodes.flat(Infinity).filter(n => n !== null && n !== undefined));
}

function factLink(articleId, start, end, ...children) {
  return link('/article.html', { id: articleId, start: start, end: end }, ...children);
}

// ---- events ------------------------------------------------------------------------------

function eventName(e, id) {
  return id ? link('/entity.html', { id }, e.names[id] || id) : null;
}

// One event: type, date, actor → target, places, amounts, and its evidence sentences, each a link
// to the sentence highlighted in its article.
function eventItem(e) {
  const ev = e.event;
  const places = (ev.locations.length ? ev.locations : [ev.location]).filter(Boolean);
  const who = ev.actor || ev.target
    ? el('span', { class: 'who' }, eventName(e, ev.actor) || '?', ev.target ? ' → ' : '', eventName(e, ev.target))
    : null;
  return el('li', { class: 'event', 'data-type': ev.type, 'data-article': e.article_id },
    el('div', {},
      el('span', { class: 'event-type' }, ev.type), ' ',
      el('span', { class: 'meta' }, ev.date || 'undated', ' '), who,
      places.length ? el('span', { class: 'where' }, ' · in ', places.flatMap((id, i) => [i ? ', ' : '', eventName(e, id)])) : null,
      e.amounts.length ? el('span', { class: 'amounts' }, ' · ', e.amounts.join(', ')) : null,
      ev.source ? el('span', { class: 'meta' }, ' · according to ', eventName(e, ev.source)) : null),
    el('div', { class: 'meta' }, langBadge(e.lang), e.title || e.article_id),
    e.evidence.map(s => el('blockquote', { class: 'evidence' }, factLink(e.article_id, s.start, s.end, s.text))));
}

// One happening told by several reports: what the reports agree on, how many tell it in which
// languages, then each report with its article and evidence sentences.
function linkedEventItem(e) {
  const places = e.locations.filter(Boolean);
  const who = e.actor || e.target
    ? el('span', { class: 'who' }, eventName(e, e.actor) || '?', e.target ? ' → ' : '', eventName(e, e.target))
    : null;
  const reports = `${e.mention_count} report${e.mention_count === 1 ? '' : 's'} in ${e.article_count} article${e.article_count === 1 ? '' : 's'}`;
  return el('li', { class: 'event linked-event', 'data-type': e.type, 'data-mentions': e.mention_count },
    el('div', {},
      el('span', { class: 'event-type' }, e.type), ' ',
      el('span', { class: 'meta' }, e.date || 'undated', ' '), who,
      places.length ? el('span', { class: 'where' }, ' · in ', places.flatMap((id, i) => [i ? ', ' : '', eventName(e, id)])) : null,
      el('span', { class: 'mention-count' }, ' · ', reports, e.languages.length ? ` (${e.languages.join(', ')})` : '')),
    el('ul', { class: 'plain mentions' }, e.mentions.map(mentionItem)),
    e.mentions.length < e.mention_count ? el('p', { class: 'meta' }, `the first ${e.mentions.length} of ${e.mention_count} reports shown`) : null);
}

// One report of a happening: its article, what it alone adds (amounts, a claimant), its sentences.
function mentionItem(m) {
  const ev = m.event;
  return el('li', { class: 'mention', 'data-article': m.article_id },
    el('div', { class: 'meta' }, langBadge(m.lang), m.title || m.article_id,
      m.amounts.length ? ` · ${m.amounts.join(', ')}` : null,
      ev.source ? [' · according to ', eventName(m, ev.source)] : null),
    m.evidence.map(s => el('blockquote', { class: 'evidence' }, factLink(m.article_id, s.start, s.end, s.text))));
}

// Events grouped by their date, oldest first, across languages (article events, or happenings with
// their reports when dateOf and item say so).
function eventTimeline(events, dateOf = e => e.event.date, item = eventItem) {
  const byDate = new Map();
  for (const e of events) {
    const d = dateOf(e) || 'undated';
    if (!byDate.has(d)) byDate.set(d, []);
    byDate.get(d).push(e);
  }
  return el('div', { class: 'event-timeline' }, [...byDate].map(([d, list]) =>
    el('section', { class: 'event-day' }, el('h3', {}, d), el('ul', { class: 'plain events' }, list.map(item)))));
}

function eventsSection(events) {
  return [el('h2', {}, `Events (${events.length})`),
    events.length ? eventTimeline(events) : el('p', { class: 'meta' }, 'No events found.')];
}

const EVENT_FILTERS = ['type', 'entity', 'from', 'to'];
const EVENT_PAGE = 50;

async function eventsPage() {
  const current = {};
  for (const f of EVENT_FILTERS) current[f] = param(f) || '';
  const offset = Number(param('offset') || 0);
  const form = el('form', { class: 'search-form', action: '/events.html', method: 'get' },
    el('input', { name: 'type', value: current.type, placeholder: 'type, e.g. ATTACK', 'aria-label': 'event type' }),
    el('input', { name: 'entity', value: current.entity, placeholder: 'entity (any language)', 'aria-label': 'entity' }),
    el('input', { name: 'from', type: 'date', value: current.from, 'aria-label': 'from' }),
    el('input', { name: 'to', type: 'date', value: current.to, 'aria-label': 'to' }),
    el('button', { type: 'submit' }, 'Show'));
  const [data, types] = await Promise.all([api('/api/events', { ...current, offset, limit: EVENT_PAGE }),
    api('/api/search', { limit: 0 })]);
  const typeLinks = (types.facets.event_type || []).map(v => el('li', {},
    link('/events.html', { ...current, type: v.value }, v.value), el('span', { class: 'meta' }, ` ${v.count} articles`)));
  const nav = el('p', {},
    offset > 0 ? link('/events.html', { ...current, offset: Math.max(0, offset - EVENT_PAGE) }, '← earlier') : null, ' ',
    offset + EVENT_PAGE < data.total ? link('/events.html', { ...current, offset: offset + EVENT_PAGE }, 'later →') : null);
  show(el('h1', {}, 'Events'), form,
    el('div', { class: 'layout' },
      el('aside', { class: 'facets' }, el('h3', {}, 'type'), el('ul', { class: 'plain' }, typeLinks)),
      el('div', {}, el('p', { class: 'meta total' }, `${data.total} events`),
        data.items.length ? eventTimeline(data.items, e => e.date, linkedEventItem) : el('p', { class: 'meta' }, 'No events found.'), nav)));
}

// ---- story page --------------------------------------------------------------------------

function quoteItem(q) {
  return el('li', { class: 'quote' },
    langBadge(q.lang),
    el('blockquote', {}, factLink(q.article_id, q.start, q.end, q.text)),
    el('div', { class: 'meta' },
      q.speaker ? link('/entity.html', { id: q.speaker_id }, q.speaker) : 'speaker not named',
      q.cue ? ` · ${q.cue}` : '', ` · ${day(q.published)}`));
}

// The mean tone of the story's articles in each language.
function storyTone(articles) {
  const byLang = new Map();
  for (const a of articles) {
    if (a.tone === null || a.tone === undefined) continue;
    const lang = a.lang || 'und';
    const t = byLang.get(lang) || { sum: 0, n: 0 };
    byLang.set(lang, { sum: t.sum + a.tone, n: t.n + 1 });
  }
  if (!byLang.size) return null;
  return [el('h2', {}, 'Tone by language'), el('table', { class: 'tone-by-lang' },
    el('tr', {}, el('th', {}, 'language'), el('th', {}, 'articles'), el('th', {}, 'mean tone')),
    [...byLang.entries()].sort().map(([lang, t]) => el('tr', {}, el('td', {}, langBadge(lang)), el('td', {}, t.n), el('td', {}, toneBadge(t.sum / t.n)))))];
}

// Articles per hour or day, stacked by language, drawn with uPlot by charts.js (loaded by story.html and trending.html),
// with a time axis, a count axis and a tooltip per bar; empty hours or days between are zero bars.
function growthChart(growth) {
  const buckets = growth.buckets;
  const langs = [...new Set(buckets.flatMap(b => Object.keys(b.by_lang)))].sort();
  const hourly = growth.unit === 'hour';
  const label = b => hourly ? b.at.replace('T', ' ') + ':00' : b.at;
  return el('div', {},
    timeChart({ times: buckets.map(b => hourly ? hourValue(b.at) : dayValue(b.at)), step: hourly ? 3600 : 86400, bars: true,
      yLabel: 'articles', ariaLabel: `articles per ${growth.unit} by language`, cls: 'growth-chart', attrs: { 'data-buckets': buckets.length },
      series: langs.map(l => ({ label: l, values: buckets.map(b => b.by_lang[l] || 0) })),
      tip: i => [label(buckets[i]), ...langs.filter(l => buckets[i].by_lang[l]).map(l => `${l}: ${buckets[i].by_lang[l]}`)] }),
    growth.undated ? el('p', { class: 'meta' }, `${growth.undated} undated article${growth.undated === 1 ? '' : 's'} not charted`) : null);
}

// An article named by its outlet and language (and title), linked to its page.
function articleRef(r) {
  return link('/article.html', { id: r.id }, langBadge(r.lang), r.source || 'unknown outlet', r.title ? ` · ${r.title}` : '');
}

function entityList(list, cls) {
  if (!list.length) return el('p', { class: 'meta' }, 'None found.');
  return el('ol', { class: 'top ' + cls }, list.map(e => el('li', { 'data-entity': e.id },
    link('/entity.html', { id: e.id }, e.name), el('span', { class: 'meta' },
      ` · ${e.type} · ${e.mentions} mention${e.mentions === 1 ? '' : 's'} in ${e.articles} article${e.articles === 1 ? '' : 's'}`))));
}

function amountsSection(amounts) {
  const shown = amounts.slice(0, 30);
  return [el('h2', {}, `Amounts (${amounts.length})`),
    amounts.length ? el('ul', { class: 'plain amounts' }, shown.map(m => el('li', { 'data-value': m.value, 'data-object': m.object || '' },
      factLink(m.article_id, m.start, m.end, m.text),
      el('span', { class: 'meta' }, (m.count ? ` · ${m.count}` : '') +
        ` · told in ${m.articles} article${m.articles === 1 ? '' : 's'} (${m.languages.join(', ')})`))))
      : el('p', { class: 'meta' }, 'No amounts found.'),
    amounts.length > shown.length ? el('p', { class: 'meta' }, `the ${shown.length} told most often shown`) : null];
}

function relatedSection(related, total) {
  if (!related.length) return null;
  return [el('h2', {}, `Translations and copies (${total})`), el('ul', { class: 'plain related-articles' }, related.map(r =>
    el('li', { 'data-kind': r.kind }, articleRef(r.article), el('span', { class: 'meta' }, r.kind === 'translation' ? ' translates ' : ' copies '),
      articleRef(r.of)))),
    total > related.length ? el('p', { class: 'meta' }, `the first ${related.length} shown`) : null];
}

async function storyPage() {
  const data = await api('/api/stories/' + encodeURIComponent(param('id') || ''));
  const s = data.story, o = data.overview;
  const named = new Map(o.related.map(r => [r.of.id, r.of]));
  const timeline = data.timeline.map(a => el('li', {},
    el('span', { class: 'meta' }, day(a.published), ' '), langBadge(a.lang),
    link('/article.html', { id: a.id }, a.title || a.id), el('span', { class: 'meta' }, a.source ? ` · ${a.source}` : ''), ' ', toneBadge(a.tone),
    a.translation_of ? el('span', { class: 'meta' }, ' · translation of ', articleRef(named.get(a.translation_of) || { id: a.translation_of })) : null,
    a.duplicate_of ? el('span', { class: 'meta' }, ' · copy of ', articleRef(named.get(a.duplicate_of) || { id: a.duplicate_of })) : null));
  const events = data.linked_events;
  show(
    Object.entries(s.headlines).map(([lang, h]) => el('h1', {}, langBadge(lang), h)),
    el('p', { class: 'meta' }, `${s.languages.join(', ')} · ${s.sources.join(', ')} · ${s.first ? day(s.first) + ' – ' + day(s.last) : 'undated'}`),
    el('h2', {}, `Articles per ${o.growth.unit} by language`), growthChart(o.growth),
    el('div', { class: 'columns' },
      el('section', {}, el('h2', {}, 'Top entities'), entityList(o.entities, 'entities')),
      el('section', {}, el('h2', {}, 'Places'), entityList(o.places, 'places'))),
    el('h2', {}, `Events (${events.length})`),
    events.length ? eventTimeline(events, e => e.date, linkedEventItem) : el('p', { class: 'meta' }, 'No events found.'),
    amountsSection(o.amounts),
    relatedSection(o.related, o.related_total),
    el('h2', {}, `Timeline (${s.articles} articles${data.timeline.length < s.articles ? ', the first ' + data.timeline.length + ' shown' : ''})`),
    el('ul', { class: 'plain timeline' }, timeline),
    storyTone(data.timeline),
    el('h2', {}, `Quotes (${data.quotes_total ?? data.quotes.length})`),
    data.quotes.length ? el('ul', { class: 'plain quotes' }, data.quotes.map(quoteItem)) : el('p', { class: 'meta' }, 'No quotes found.'));
}

// ---- entity page -------------------------------------------------------------------------

// Mentions by sentiment, month by month, by language and by source.
function sentimentTable(rows) {
  if (!rows.length) return el('p', { class: 'meta' }, 'No sentiment (no dated mentions in a language with tone).');
  return el('table', { class: 'sentiment-over-time' },
    el('tr', {}, ['month', 'by', '', 'positive', 'neutral', 'negative', 'mean'].map(h => el('th', {}, h))),
    rows.map(r => el('tr', {}, el('td', {}, r.month), el('td', {}, r.by === 'lang' ? 'language' : 'source'),
      el('td', {}, r.by === 'lang' ? langBadge(r.value) : r.value), el('td', {}, r.positive), el('td', {}, r.neutral),
      el('td', {}, r.negative), el('td', {}, r.mean.toFixed(2)))));
}

// ---- article page ------------------------------------------------------------------------

// The sentence around [start, end): back to the previous sentence end or line break, on to the next.
function sentenceAround(text, start, end) {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  while (from < start && /\s/.test(text[from])) from++;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  while (to < text.length && /[»"”’]/.test(text[to])) to++;
  return [from, to];
}

// The entity mentions of [from, to) as nodes: each mention a link to its entity page (a plain span
// when it has no id), its type a class; the text between them, and the mentions' text, text nodes.
// The mentions do not overlap; one cut by the range keeps only its part inside.
function withEntities(text, from, to, mentions) {
  const nodes = [];
  let at = from;
  for (const m of mentions) {
    const a = Math.max(m.start, at), b = Math.min(m.end, to);
    if (b <= a) continue;
    if (a > at) nodes.push(text.slice(at, a));
    const kind = 'entity entity-' + String(m.type || 'other').toLowerCase().replace(/[^a-z0-9]/g, '');
    const title = [m.name, m.type].filter(Boolean).join(' · ');
    nodes.push(m.id
      ? el('a', { class: kind, href: page('/entity.html', { id: m.id }), title, 'data-entity': m.id }, text.slice(a, b))
      : el('span', { class: kind, title }, text.slice(a, b)));
    at = b;
  }
  if (to > at) nodes.push(text.slice(at, to));
  return nodes;
}

// The text as paragraphs of text nodes with its entities marked, and the fact's sentence (and the fact inside it) marked.
function articleBody(text, start, end, entities) {
  const hasFact = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start <= end;
  const [sFrom, sTo] = hasFact ? sentenceAround(text, start, end) : [-1, -1];
  const mentions = [];
  for (const m of (entities || []).filter(m => m.start < m.end && m.end <= text.length).sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (!mentions.length || m.start >= mentions[mentions.length - 1].end) mentions.push(m);
  }
  const part = (a, b) => withEntities(text, a, b, mentions);
  const container = el('div', { class: 'article-text' });
  let offset = 0;
  for (const para of text.split('\n')) {
    const pStart = offset, pEnd = offset + para.length;
    const p = el('p', {});
    if (hasFact && sFrom < pEnd && sTo > pStart) {
      const a = Math.max(sFrom, pStart), b = Math.min(sTo, pEnd);
      const fa = Math.max(start, a), fb = Math.min(end, b);
      const mark = el('mark', { class: 'sentence', id: 'fact' },
        part(a, fa), fb > fa ? el('mark', { class: 'fact' }, part(fa, fb)) : null, part(Math.max(fb, a), b));
      p.append(...part(pStart, a), mark, ...part(b, pEnd));
    } else {
      p.append(...part(pStart, pEnd));
    }
    if (para.length) container.append(p);
    offset = pEnd + 1;
  }
  return container;
}

// The article's categories (docs/categories.md), each linked to its search, with the words that earned it.
function categoriesSection(a) {
  const cats = a.categories || [];
  if (!cats.length) return null;
  return [el('h2', {}, 'Categories'), el('ul', { class: 'plain categories' }, cats.map(c => el('li', { 'data-category': c.id },
    link('/search.html', { category: c.id }, c.id), el('span', { class: 'meta' }, ` · score ${c.score} · `),
    c.evidence.slice(0, 6).flatMap((e, i) => [i ? ', ' : '', factLink(a.id, e.start, e.end, a.text.slice(e.start, e.end))]))))];
}

async function articlePage() {
  const a = await api('/api/articles/' + encodeURIComponent(param('id') || ''));
  const start = param('start') === null ? NaN : Number(param('start'));
  const end = param('end') === null ? NaN : Number(param('end'));
  const safeUrl = a.url && /^https?:\/\//i.test(a.url) ? el('a', { href: a.url, rel: 'noopener noreferrer nofollow' }, a.url) : null;
  const entities = [...new Map(a.entities.filter(e => e.id).map(e => [e.id, e])).values()]
    .map(e => el('li', {}, link('/entity.html', { id: e.id }, e.name || e.text), el('span', { class: 'meta' }, ` · ${e.type}`)));
  const portrayed = a.entities.filter(e => e.sentiment).map(e => el('li', {},
    factLink(a.id, e.start, e.end, e.text), ' ', sentimentBadge(e.sentiment)));
  show(
    el('h1', {}, langBadge(a.lang), a.title || a.id),
    el('p', { class: 'meta' }, [a.source, day(a.published), a.authors.join(', ')].filter(Boolean).join(' · '), ' ', safeUrl,
      ' · story ', link('/story.html', { id: a.story || a.id }, a.story || a.id), ' ', toneBadge(a.tone ? a.tone.tone : null)),
    a.entities.some(e => e.id) ? el('p', { class: 'meta entity-legend' }, 'Marked in the text: ',
      el('span', { class: 'entity entity-per' }, 'person'), el('span', { class: 'entity entity-org' }, 'organisation'),
      el('span', { class: 'entity entity-loc' }, 'place'), el('span', { class: 'entity' }, 'other')) : null,
    articleBody(a.text, start, end, a.entities),
    categoriesSection(a),
    el('h2', {}, 'Entities'), el('ul', { class: 'plain' }, entities),
    portrayed.length ? [el('h2', {}, 'How each mention is portrayed'), el('ul', { class: 'plain portrayed' }, portrayed)] : null);
  const fact = document.getElementById('fact');
  if (fact) fact.scrollIntoView({ block: 'center' });
}

// ---- search ------------------------------------------------------------------------------

const FILTERS = ['q', 'lang', 'source', 'entity', 'story', 'event_type', 'category', 'from', 'to', 'expand'];

function snippet(s) {
  const p = el('p', { class: 'snippet' });
  let at = 0;
  for (const m of s.matches) {
    p.append(s.text.slice(at, m.start), el('mark', {}, s.text.slice(m.start, m.end)));
    at = m.end;
  }
  p.append(s.text.slice(at));
  return p;
}

/** Why a hit matched: its words, or an entity a query word named (perhaps in another script). */
function matchedBy(reasons) {
  if (!reasons || !reasons.length) return null;
  const seen = new Set();
  const parts = reasons.map(r => r.by === 'entity' ? 'entity ' + r.name + (r.name === r.query ? '' : ` (${r.query})`) : 'text')
    .filter(p => !seen.has(p) && seen.add(p));
  return el('div', { class: 'meta matched' }, 'matched: ' + parts.join(', '));
}

async function searchPage() {
  const current = {};
  for (const f of FILTERS) current[f] = param(f) || '';
  const offset = Number(param('offset') || 0);
  const form = el('form', { class: 'search-form', action: '/search.html', method: 'get' },
    el('input', { name: 'q', type: 'search', value: current.q, placeholder: 'words, "a phrase", OR, NOT, tone<-2, toneabs>5, sort:tonedesc', 'aria-label': 'query' }),
    el('input', { name: 'entity', value: current.entity, placeholder: 'entity (any language)', 'aria-label': 'entity' }),
    el('input', { name: 'lang', value: current.lang, placeholder: 'lang', size: 4, 'aria-label': 'language' }),
    el('input', { name: 'from', type: 'date', value: current.from, 'aria-label': 'from' }),
    el('input', { name: 'to', type: 'date', value: current.to, 'aria-label': 'to' }),
    el('button', { type: 'submit' }, 'Search'));
  if (!FILTERS.some(f => current[f])) {
    show(el('h1', {}, 'Search'), form);
    return;
  }
  const data = await api('/api/search', { ...current, offset, limit: 20 });
  const facets = Object.entries(data.facets).filter(([, values]) => values.length).map(([dim, values]) =>
    el('section', {}, el('h3', {}, dim.replace('_', ' ')), el('ul', { class: 'plain' }, values.map(v =>
      el('li', {}, link('/search.html', { ...current, [dim]: v.value }, dim === 'entity' ? (data.entity_names[v.value] || v.value) : v.value),
        el('span', { class: 'meta' }, ` ${v.count}`))))));
  const hits = data.items.map(a => el('article', { class: 'card hit', 'data-id': a.id },
    el('div', {}, langBadge(a.lang), link('/article.html', { id: a.id }, a.title || a.id)),
    el('div', { class: 'meta' }, [a.source, day(a.published)].filter(Boolean).join(' · '), ' ', toneBadge(a.tone ? a.tone.tone : null)),
    matchedBy((data.matched || {})[a.id]),
    (data.highlights[a.id] || []).map(snippet)));
  const nav = el('p', {},
    offset > 0 ? link('/search.html', { ...current, offset: Math.max(0, offset - 20) }, '← previous') : null, ' ',
    offset + 20 < data.total ? link('/search.html', { ...current, offset: offset + 20 }, 'next →') : null);
  show(el('h1', {}, 'Search'), form,
    el('div', { class: 'layout' }, el('aside', { class: 'facets' }, facets),
      el('div', {}, el('p', { class: 'meta total' }, `${data.total} matches`), hits, nav)));
}

// ---- trending stories --------------------------------------------------------------------

// Articles per hour of the window, stacked by language, as a small chart on the story's card.
function trendChart(curve) {
  const langs = Object.keys(curve.by_language).sort();
  const hours = curve.hours;
  return timeChart({ times: hours.map(hourValue), step: 3600, bars: true, width: 560, height: 150, keyOnly: true,
    yLabel: 'per hour', ariaLabel: 'articles per hour by language', cls: 'trend-chart', attrs: { 'data-hours': hours.length },
    series: langs.map(l => ({ label: l, values: curve.by_language[l] })),
    tip: i => [hours[i].slice(0, 13).replace('T', ' ') + ':00',
      ...langs.filter(l => curve.by_language[l][i]).map(l => `${l}: ${curve.by_language[l][i]}`)] });
}

async function trendingPage() {
  const offset = Number(param('offset') || 0);
  const hours = Number(param('window') || 6);
  const limit = 20;
  const data = await api('/api/stories', { sort: 'trending', window: hours, offset, limit });
  const windows = el('p', { class: 'windows' }, 'Window: ',
    [3, 6, 12, 24, 48].map(w => el('a', { href: page('/trending.html', { window: w }), class: w === data.window_hours ? 'current' : null }, `${w} h`)));
  const items = data.items.map(t => el('article', { class: 'card story trending' + (t.breaking ? ' breaking' : ''), 'data-story': t.id },
    Object.entries(t.story.headlines).map(([lang, h]) =>
      el('div', { class: 'headline' }, langBadge(lang), link('/story.html', { id: t.id }, h))),
    el('div', { class: 'meta' }, t.breaking ? el('span', { class: 'badge breaking' }, 'breaking') : null,
      `score ${t.score.toFixed(2)} · ${t.recent} article${t.recent === 1 ? '' : 's'} in the window, `
      + `${t.expected.toFixed(1)} expected from its last ${data.history_hours} h · ${t.story.articles} in all · ${t.story.languages.join(', ')}`),
    trendChart(t.curve)));
  const nav = el('p', {},
    offset > 0 ? link('/trending.html', { window: hours, offset: Math.max(0, offset - limit) }, '← higher') : null, ' ',
    offset + limit < data.total ? link('/trending.html', { window: hours, offset: offset + limit }, 'lower →') : null);
  const span = data.now ? `the ${data.window_hours} hours to ${day(data.now)} UTC` : 'no dated article stored';
  show(el('h1', {}, `Trending stories (${data.total})`),
    el('p', { class: 'meta' }, `Stories with articles in ${span}, fastest-growing first: breaking from a score of ${data.breaking_score}.`),
    windows, items.length ? items : el('p', {}, 'No story has an article in this window.'), nav);
}

// ---- the header every page shares -------------------------------------------------------

const SITE_LINKS = [['/', 'Stories'], ['/trending.html', 'Trending'], ['/events.html', 'Events'], ['/search.html', 'Search'], ['/alerts.html', 'Alerts']];

/** Fills a page's empty <header> with the brand, the site's links and the quick search: one copy for every page. */
function siteHeader(header) {
  header.replaceChildren(
    el('a', { class: 'brand', href: '/' }, 'Wirewatch'),
    el('nav', {}, SITE_LINKS.flatMap(([href, label], i) => [i ? ' ' : null, el('a', { href }, label)])),
    el('form', { class: 'quick', action: '/search.html', method: 'get' },
      el('input', { name: 'q', type: 'search', placeholder: 'Search in any language', 'aria-label': 'Search' })));
}

// ---- start -------------------------------------------------------------------------------

// the home and entity pages add themselves from home.js and entity-page.js
const PAGES = { story: storyPage, article: articlePage, search: searchPage, events: eventsPage, trending: trendingPage };

document.addEventListener('DOMContentLoaded', () => {
  siteHeader(document.querySelector('body > header'));
  const run = PAGES[document.body.dataset.page];
  run().catch(e => show(el('p', { class: 'error' }, 'Could not load: ' + e.message)));
});
