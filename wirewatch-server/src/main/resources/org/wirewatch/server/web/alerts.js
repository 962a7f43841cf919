// The alerts page (alerts.html): the saved alerts and, for the one chosen (?name=), its matched
// articles newest first, paged, with its Atom feed. Read-only: alerts are added and removed with
// `wirewatch alert`. Loaded after app.js; every value from the API reaches the page through el().
'use strict';

const ALERTS_PAGE = 20;

function alertFilters(a) {
  const parts = [['entity', a.entity], ['category', a.category], ['lang', a.lang]].filter(([, v]) => v);
  return parts.length ? parts.map(([k, v]) => `${k} ${v}`).join(' · ') : '—';
}

function alertsTable(alerts, chosen) {
  const rows = alerts.map(a => el('tr', { 'data-alert': a.name, class: a.name === chosen ? 'current' : null },
    el('td', {}, link('/alerts.html', { name: a.name }, a.name)),
    el('td', {}, a.query || '—'),
    el('td', {}, alertFilters(a)),
    el('td', {}, a.webhook ? 'yes' : 'no'),
    el('td', { class: 'num' }, String(a.matches)),
    el('td', {}, el('a', { href: a.feed }, 'Atom'))));
  return el('table', { class: 'alerts' },
    el('thead', {}, el('tr', {}, ['alert', 'query', 'filters', 'webhook', 'matches', 'feed'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
}

function matchRow(m) {
  return el('tr', { 'data-article': m.article_id },
    el('td', {}, link('/article.html', { id: m.article_id }, m.title || m.article_id)),
    el('td', {}, langBadge(m.lang)),
    el('td', {}, m.source || '—'),
    el('td', {}, day(m.published)),
    el('td', {}, day(m.matched)));
}

async function matchesSection(name, offset) {
  const data = await api('/api/alerts/' + encodeURIComponent(name), { offset, limit: ALERTS_PAGE });
  const a = data.alert;
  const rows = data.items.map(matchRow);
  const nav = el('p', { class: 'pager' },
    offset > 0 ? link('/alerts.html', { name, offset: Math.max(0, offset - ALERTS_PAGE) }, '← newer') : null,
    offset + ALERTS_PAGE < data.total ? link('/alerts.html', { name, offset: offset + ALERTS_PAGE }, 'older →') : null);
  return el('section', { id: 'alert-matches' },
    el('h2', {}, `${a.name}: ${data.total} matched article${data.total === 1 ? '' : 's'}`),
    el('p', { class: 'meta' }, 'Newest match first · ', el('a', { href: a.feed }, 'Atom feed of this alert')),
    rows.length ? el('table', { class: 'alert-matches' },
      el('thead', {}, el('tr', {}, ['title', 'language', 'source', 'published', 'matched (UTC)'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)) : el('p', {}, 'No article stored since this alert was added has matched it yet.'),
    nav);
}

async function alertsPage() {
  const chosen = param('name');
  const offset = Number(param('offset') || 0);
  const list = await api('/api/alerts');
  const intro = el('p', { class: 'meta' }, 'Saved queries tested against every newly stored article. This page only reads them: '
    + 'add and remove alerts with ', el('code', {}, 'wirewatch alert add|remove'), ' (see docs/alerts.md).');
  const listed = list.items.length ? alertsTable(list.items, chosen)
    : el('p', {}, 'No alert is saved. Add one with ', el('code', {}, 'wirewatch alert add NAME QUERY'), '.');
  const more = list.total > list.items.length ? el('p', { class: 'meta' }, `the first ${list.items.length} of ${list.total} alerts shown`) : null;
  const matches = chosen ? await matchesSection(chosen, offset)
    : list.items.length ? el('p', {}, 'Choose an alert to see the articles it matched.') : null;
  show(el('h1', {}, `Alerts (${list.total})`), intro, listed, more, matches);
}

PAGES.alerts = alertsPage;
