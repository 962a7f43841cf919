// The entity page (entity.html): loaded after app.js (el, link, api, show, …) and charts.js.
// Every list is a page of a whole counted over every stored article; each pages on its own.
'use strict';

const ENTITY_LISTS = { quotes: 20, entities: 20, stories: 10, roles: 50 };

// Links to the previous and next page of one of the page's lists, the other lists staying where they are.
function listPager(total, offset, limit, key) {
  const here = Object.fromEntries(new URLSearchParams(location.search));
  const to = o => link('/entity.html', { ...here, [key]: o || null }, o < offset ? '← previous' : 'next →');
  if (total <= limit) return null;
  return el('p', { class: 'meta pager', 'data-list': key },
    `${offset + 1}–${Math.min(total, offset + limit)} of ${total} `,
    offset > 0 ? to(Math.max(0, offset - limit)) : null, ' ', offset + limit < total ? to(offset + limit) : null);
}

function rolesTable(roles) {
  if (!roles.total) return el('p', { class: 'meta' }, 'None known.');
  const entity = (id, name) => id ? link('/entity.html', { id }, name || id) : name || '';
  const held = r => r.in_kb ? `${r.held_from || '?'} – ${r.held_to || ''}` : '';
  return el('table', { class: 'roles' },
    el('tr', {}, ['office', 'holder', 'of', 'first seen', 'last seen', 'articles', 'outlets', 'knowledge base'].map(h => el('th', {}, h))),
    roles.items.map(r => el('tr', { 'data-role': r.role || '', 'data-holder': r.holder_id || '', 'data-articles': r.articles },
      el('td', {}, r.label), el('td', {}, entity(r.holder_id, r.holder)), el('td', {}, entity(r.org_id, r.org)),
      el('td', {}, r.from || ''), el('td', {}, r.to || ''), el('td', {}, r.articles || ''), el('td', {}, r.sources || ''),
      el('td', { class: 'meta' }, held(r)))));
}

// Mentions per day, every day of its span drawn (days without a mention are zero).
function mentionsPerDay(perDay) {
  if (!perDay.length) return el('p', { class: 'meta' }, 'No dated mentions.');
  const byDay = new Map(perDay.map(d => [d.day, d]));
  const days = [];
  for (let t = dayValue(perDay[0].day); t <= dayValue(perDay[perDay.length - 1].day); t += 86400) days.push(new Date(t * 1000).toISOString().slice(0, 10));
  const at = i => byDay.get(days[i]) || { mentions: 0, articles: 0 };
  return dailyChart({ days, bars: true, yLabel: 'mentions', ariaLabel: 'mentions per day', cls: 'mentions-per-day',
    series: [{ label: 'mentions', values: days.map((d, i) => at(i).mentions) }],
    tip: i => [days[i], `${at(i).mentions} mention${at(i).mentions === 1 ? '' : 's'} in ${at(i).articles} article${at(i).articles === 1 ? '' : 's'}`] });
}

// One saying: its words (in the reader's language when an article gave it so), who carried it, and each telling.
function quoteGroupItem(g) {
  const first = g.tellings.find(t => t.lang === g.lang) || g.tellings[0];
  const others = Object.entries(g.texts).filter(([lang]) => lang !== g.lang);
  return el('li', { class: 'quote-group', 'data-articles': g.articles, 'data-languages': g.languages.join(',') },
    el('blockquote', {}, factLink(first.article_id, first.start, first.end, g.text)),
    el('div', { class: 'meta' }, g.languages.map(langBadge),
      `${g.articles} article${g.articles === 1 ? '' : 's'} · ${g.outlets.join(', ') || 'outlet unknown'} · `
      + (g.first ? (day(g.first) === day(g.last) ? day(g.first) : `${day(g.first)} – ${day(g.last)}`) : 'undated')),
    others.length || g.tellings.length > 1 ? el('details', {}, el('summary', {}, 'in other languages and outlets'),
      others.map(([lang, text]) => el('p', { class: 'other-language' }, langBadge(lang), text)),
      el('ul', { class: 'plain tellings' }, g.tellings.map(t => el('li', {}, langBadge(t.lang),
        factLink(t.article_id, t.start, t.end, t.source || t.article_id), el('span', { class: 'meta' }, ` · ${day(t.published)}`)))),
      g.tellings.length < g.articles ? el('p', { class: 'meta' }, `the first ${g.tellings.length} shown`) : null) : null);
}

function neighbourItem(n) {
  return el('li', { 'data-entity': n.id }, link('/entity.html', { id: n.id }, n.name),
    el('span', { class: 'meta' }, ` · ${n.type} · ${n.articles} article${n.articles === 1 ? '' : 's'}`));
}

function storyItem(s) {
  return el('li', { 'data-story': s.id }, langBadge(s.lang), link('/story.html', { id: s.id }, s.headline),
    el('span', { class: 'meta' }, ` · ${s.articles} article${s.articles === 1 ? '' : 's'} naming it · last ${day(s.last)}`));
}

async function entityPage() {
  const base = '/api/entities/' + encodeURIComponent(param('id') || '');
  const lang = param('lang'); // the reader's language; without it the server takes the browser's (Accept-Language)
  const at = key => Number(param(key + '_offset') || 0);
  const offset = Number(param('offset') || 0);
  const [data, roles, quotes, entities, stories] = await Promise.all([
    api(base, { offset, limit: 20 }),
    api(base + '/roles', { lang, offset: at('roles'), limit: ENTITY_LISTS.roles }),
    api(base + '/quotes', { lang, offset: at('quotes'), limit: ENTITY_LISTS.quotes }),
    api(base + '/entities', { offset: at('entities'), limit: ENTITY_LISTS.entities }),
    api(base + '/stories', { offset: at('stories'), limit: ENTITY_LISTS.stories })]);
  const p = data.profile;
  const names = el('table', { class: 'names' }, el('tr', {}, el('th', {}, 'language'), el('th', {}, 'names')),
    Object.entries(p.names_by_language).map(([l, forms]) => el('tr', {}, el('td', {}, langBadge(l)), el('td', {}, forms.join(' · ')))));
  const mentions = data.mentions.map(m => el('li', {}, langBadge(m.lang), factLink(m.article_id, m.start, m.end, m.text), ' ',
    sentimentBadge(m.sentiment), el('span', { class: 'meta' }, ` · ${m.title || m.article_id} · ${day(m.published)}`)));
  show(
    el('h1', {}, p.name, ' ', el('span', { class: 'meta' }, `${p.type} · ${p.id}`)),
    el('p', { class: 'meta' }, `${data.mentions_total} mentions in ${data.articles_total} articles`),
    el('h2', {}, 'Names by language'), names,
    el('h2', {}, `Roles over time (${roles.total})`), rolesTable(roles), listPager(roles.total, at('roles'), ENTITY_LISTS.roles, 'roles_offset'),
    el('h2', {}, 'Mentions per day'), mentionsPerDay(data.mentions_per_day),
    el('h2', {}, 'How it is portrayed'), sentimentTable(data.sentiment),
    eventsSection(data.events),
    el('h2', {}, `Quotes (${quotes.total} sayings in ${data.quotes_total} quotes)`),
    quotes.items.length ? el('ul', { class: 'plain quote-groups' }, quotes.items.map(quoteGroupItem)) : el('p', { class: 'meta' }, 'No quotes found.'),
    listPager(quotes.total, at('quotes'), ENTITY_LISTS.quotes, 'quotes_offset'),
    el('div', { class: 'columns' },
      el('section', {}, el('h2', {}, `Named together with (${entities.total})`),
        el('ul', { class: 'plain related' }, entities.items.map(neighbourItem)), listPager(entities.total, at('entities'), ENTITY_LISTS.entities, 'entities_offset')),
      el('section', {}, el('h2', {}, `Stories (${stories.total})`),
        el('ul', { class: 'plain entity-stories' }, stories.items.map(storyItem)), listPager(stories.total, at('stories'), ENTITY_LISTS.stories, 'stories_offset'))),
    el('h2', {}, `Mentions (in the newest ${data.articles.length} of ${data.articles_total} articles)`),
    el('ul', { class: 'plain mentions' }, mentions), listPager(data.articles_total, offset, 20, 'offset'));
}

PAGES.entity = entityPage;
