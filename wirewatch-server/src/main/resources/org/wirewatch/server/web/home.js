// The home page (index.html): filters (language, source, date range, category, words) that drive the
// trend chart, the story cards and the search they lead to. Loaded after app.js and charts.js.
'use strict';

const HOME_FILTERS = ['q', 'lang', 'source', 'category', 'from', 'to'];
const HOME_PAGE = 20;

// A <select> of a facet's values (with their article counts), the current one chosen.
function facetSelect(name, label, values, current) {
  const options = [el('option', { value: '' }, `any ${label}`)];
  for (const v of values) options.push(el('option', { value: v.value, selected: v.value === current ? 'selected' : null }, `${v.value} (${v.count})`));
  if (current && !values.some(v => v.value === current)) options.push(el('option', { value: current, selected: 'selected' }, current));
  return el('select', { name, 'aria-label': label }, options);
}

function homeFilters(current, facets) {
  return el('form', { class: 'search-form home-filters', action: '/', method: 'get' },
    el('input', { name: 'q', type: 'search', value: current.q, placeholder: 'words (optional)', 'aria-label': 'words' }),
    facetSelect('lang', 'language', facets.lang || [], current.lang),
    facetSelect('source', 'source', facets.source || [], current.source),
    facetSelect('category', 'category', facets.category || [], current.category),
    el('input', { name: 'from', type: 'date', value: current.from, 'aria-label': 'from' }),
    el('input', { name: 'to', type: 'date', value: current.to, 'aria-label': 'to' }),
    el('button', { type: 'submit' }, 'Filter'),
    HOME_FILTERS.some(f => current[f]) ? link('/', {}, 'clear') : null);
}

// Articles per day by language over the range, one line per language.
function trendSection(trend) {
  const langs = Object.keys(trend.by_language);
  const span = trend.from ? `${trend.from} – ${trend.to}` : 'no dated article';
  return [el('h2', {}, `Articles per day by language (${span})`),
    dailyChart({ days: trend.days, bars: false, yLabel: 'articles', ariaLabel: 'articles per day by language', cls: 'trend',
      series: langs.map(l => ({ label: l, values: trend.by_language[l] })),
      tip: i => [trend.days[i], ...langs.filter(l => trend.by_language[l][i]).map(l => `${l}: ${trend.by_language[l][i]}`),
        `${langs.reduce((n, l) => n + trend.by_language[l][i], 0)} in all`] }),
    trend.undated ? el('p', { class: 'meta' }, `${trend.undated} undated article${trend.undated === 1 ? '' : 's'} not charted`) : null,
    trend.clipped ? el('p', { class: 'meta' }, `the last ${trend.days.length} days shown`) : null];
}

function storyCard(s) {
  return el('article', { class: 'card story', 'data-story': s.id },
    Object.entries(s.headlines).map(([lang, h]) => el('div', { class: 'headline' }, langBadge(lang), link('/story.html', { id: s.id }, h))),
    el('div', { class: 'meta' },
      `${s.articles} article${s.articles === 1 ? '' : 's'} · ${s.languages.join(', ')} · ${s.sources.join(', ')} · `
      + (s.first ? `${day(s.first)} – ${day(s.last)}` : 'undated')));
}

async function homePage() {
  const current = {};
  for (const f of HOME_FILTERS) current[f] = param(f) || '';
  const offset = Number(param('offset') || 0);
  const [options, trend, data] = await Promise.all([api('/api/search', { limit: 0 }), api('/api/trend', current),
    api('/api/stories', { ...current, offset, limit: HOME_PAGE })]);
  const filtered = HOME_FILTERS.some(f => current[f]);
  const nav = el('p', {},
    offset > 0 ? link('/', { ...current, offset: Math.max(0, offset - HOME_PAGE) }, '← newer') : null, ' ',
    offset + HOME_PAGE < data.total ? link('/', { ...current, offset: offset + HOME_PAGE }, 'older →') : null);
  show(el('h1', {}, `Stories (${data.total})`),
    homeFilters(current, options.facets),
    filtered ? el('p', { class: 'meta' }, `${trend.articles} matching article${trend.articles === 1 ? '' : 's'} · `,
      link('/search.html', current, 'search these articles')) : null,
    trendSection(trend),
    el('h2', {}, filtered ? 'Stories with a matching article, newest first' : 'Stories, newest first'),
    data.items.length ? data.items.map(storyCard) : el('p', {}, filtered ? 'No story has an article matching these filters.' : 'Nothing stored yet: run wirewatch ingest.'),
    nav);
}

PAGES.index = homePage;
