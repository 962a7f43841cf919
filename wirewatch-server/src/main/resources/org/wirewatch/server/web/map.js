// Wirewatch place maps: the located places of a story or an entity as dots over country outlines,
// drawn as SVG here (equirectangular projection, no library, no tiles, nothing from other hosts).
// The outlines are Natural Earth 1:110m (public domain) as TopoJSON from the world-atlas package
// (ISC), served from our jar at /maps/countries-110m.json. Place names are untrusted text: they
// reach the page only as text nodes (textContent), never as markup.
'use strict';

(() => {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const WIDTH = 960;                 // the whole world is WIDTH x WIDTH/2 in projected units
  const LABELS = 12;                 // the most mentioned places get a label; every dot has a tooltip

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const x = lon => (lon + 180) / 360 * WIDTH;
  const y = lat => (90 - lat) / 180 * (WIDTH / 2);

  // TopoJSON arcs are delta-encoded integers; the transform turns them back into lon/lat.
  function decodeArcs(topology) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    return topology.arcs.map(arc => {
      let a = 0, b = 0;
      return arc.map(([dx, dy]) => { a += dx; b += dy; return [a * sx + tx, b * sy + ty]; });
    });
  }

  function ringPath(ring, arcs) {
    const points = [];
    for (const i of ring) {
      const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return 'M' + points.map(([lon, lat]) => x(lon).toFixed(1) + ',' + y(lat).toFixed(1)).join('L') + 'Z';
  }

  function countryPaths(topology) {
    const arcs = decodeArcs(topology);
    const out = [];
    for (const g of topology.objects.countries.geometries) {
      const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      const d = polygons.map(p => p.map(r => ringPath(r, arcs)).join('')).join('');
      if (d) out.push({ d, name: g.properties && g.properties.name });
    }
    return out;
  }

  // The places' box, widened to at least 30° by 15° and padded, kept at the world's 2:1 shape.
  function viewBox(places) {
    const lons = places.map(p => p.lon), lats = places.map(p => p.lat);
    let w = Math.max(30, Math.max(...lons) - Math.min(...lons) + 10);
    let h = Math.max(15, Math.max(...lats) - Math.min(...lats) + 8);
    if (w < 2 * h) w = 2 * h; else h = w / 2;
    w = Math.min(w, 360); h = Math.min(h, 180);
    const cx = (Math.max(...lons) + Math.min(...lons)) / 2, cy = (Math.max(...lats) + Math.min(...lats)) / 2;
    const west = Math.max(-180, Math.min(180 - w, cx - w / 2));
    const north = Math.min(90, Math.max(-90 + h, cy + h / 2));
    return { x: x(west), y: y(north), w: w / 360 * WIDTH, h: h / 180 * (WIDTH / 2) };
  }

  function drawMap(topology, places) {
    const box = viewBox(places);
    const k = WIDTH / box.w;        // projected units per viewBox unit: keeps dots and text the same size on screen
    const root = svg('svg', { viewBox: `${box.x} ${box.y} ${box.w} ${box.h}`, class: 'place-map', role: 'img',
      'aria-label': 'Map of ' + places.length + ' places' });
    root.append(svg('rect', { x: box.x, y: box.y, width: box.w, height: box.h, class: 'sea' }));
    const land = svg('g', { class: 'land', 'stroke-width': (0.6 / k).toFixed(3) });
    for (const c of countryPaths(topology)) {
      const path = svg('path', { d: c.d });
      if (c.name) path.append(svg('title', {}, c.name));
      land.append(path);
    }
    root.append(land);
    const most = Math.max(...places.map(p => p.mentions));
    const dots = svg('g', { class: 'places' });
    const labels = svg('g', { class: 'place-labels' });
    places.forEach((p, i) => {
      const r = (4 + 10 * Math.sqrt(p.mentions / most)) / k;
      const dot = svg('circle', { cx: x(p.lon).toFixed(2), cy: y(p.lat).toFixed(2), r: r.toFixed(3), 'stroke-width': (1 / k).toFixed(3),
        'data-place': p.id });
      dot.append(svg('title', {}, `${p.name}${p.country ? ' (' + p.country + ')' : ''}: ${p.mentions} mention${p.mentions === 1 ? '' : 's'} in ${p.articles} article${p.articles === 1 ? '' : 's'}`));
      dots.append(dot);
      if (i < LABELS) {
        labels.append(svg('text', { x: (x(p.lon) + r + 2 / k).toFixed(2), y: (y(p.lat) + 4 / k).toFixed(2),
          'font-size': (12 / k).toFixed(3), 'stroke-width': (3 / k).toFixed(3) }, p.name));
      }
    });
    root.append(dots, labels);
    return root;
  }

  async function json(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!r.ok) throw new Error(path + ' answered ' + r.status);
    return r.json();
  }

  async function placeMap() {
    const kind = document.body.dataset.page;
    const id = new URLSearchParams(location.search).get('id');
    if (!(kind === 'story' || kind === 'entity') || !id) return;
    const section = document.createElement('section');
    section.id = 'place-map';
    section.className = 'map-section';
    const heading = document.createElement('h2');
    heading.textContent = 'Places on the map';
    section.append(heading);
    document.getElementById('main').after(section);
    try {
      const [places, topology] = await Promise.all([json('/api/map?' + new URLSearchParams({ [kind]: id })), json('/maps/countries-110m.json')]);
      const note = document.createElement('p');
      note.className = 'meta';
      if (places.items.length === 0) {
        note.textContent = 'No place here has known coordinates.';
        section.append(note);
        return;
      }
      note.textContent = `${places.total} located place${places.total === 1 ? '' : 's'}; dots sized by mentions. Outlines: Natural Earth (public domain).`;
      section.append(drawMap(topology, places.items), note);
    } catch (e) {
      const error = document.createElement('p');
      error.className = 'error';
      error.textContent = 'Could not draw the map: ' + e.message;
      section.append(error);
    }
  }

  document.addEventListener('DOMContentLoaded', placeMap);
})();
