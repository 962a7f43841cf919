// The story page's categories: how many of the story's articles each news category holds (the
// category facet of a search restricted to the story), each linking to a search of the story's
// articles in it. Category ids come from the store; they reach the page as text nodes only.
'use strict';

(() => {
  const TOP = 8;

  async function json(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!r.ok) throw new Error(path + ' answered ' + r.status);
    return r.json();
  }

  const facetOf = story => json('/api/search?' + new URLSearchParams({ story, limit: 0 }));

  // A story id, or (as the story page accepts) the id of an article in the story.
  async function storyFacets(id) {
    const direct = await facetOf(id);
    if (direct.total > 0) return { story: id, result: direct };
    const article = await fetch('/api/articles/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } });
    if (!article.ok) return { story: id, result: direct };
    const story = (await article.json()).story;
    return story ? { story, result: await facetOf(story) } : { story: id, result: direct };
  }

  async function storyCategories() {
    const id = new URLSearchParams(location.search).get('id');
    if (document.body.dataset.page !== 'story' || !id) return;
    const section = document.createElement('section');
    section.id = 'story-categories';
    section.className = 'map-section';
    const heading = document.createElement('h2');
    heading.textContent = 'Categories';
    section.append(heading);
    document.getElementById('main').after(section);
    try {
      const { story, result } = await storyFacets(id);
      const counts = (result.facets.category || []).slice(0, TOP);
      if (counts.length === 0) {
        const none = document.createElement('p');
        none.className = 'meta';
        none.textContent = 'No article of this story is in a category.';
        section.append(none);
        return;
      }
      const list = document.createElement('ul');
      list.className = 'plain categories';
      for (const c of counts) {
        const item = document.createElement('li');
        item.dataset.category = c.value;
        const link = document.createElement('a');
        link.href = '/search.html?' + new URLSearchParams({ category: c.value, story });
        link.textContent = c.value;
        const share = document.createElement('span');
        share.className = 'meta';
        share.textContent = ` · ${c.count} of ${result.total} article${result.total === 1 ? '' : 's'}`;
        item.append(link, share);
        list.append(item);
      }
      section.append(list);
    } catch (e) {
      const error = document.createElement('p');
      error.className = 'error';
      error.textContent = 'Could not list the categories: ' + e.message;
      section.append(error);
    }
  }

  document.addEventListener('DOMContentLoaded', storyCategories);
})();
