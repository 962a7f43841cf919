// Charts drawn with uPlot (the WebJar org.webjars.npm:uplot, served from the jar under /webjars/).
// Loaded after app.js on the pages that chart something. A chart's tooltip is a div whose text is
// set with textContent and whose place is set through the CSSOM (element.style), which the strict
// Content-Security-Policy allows (it forbids only style attributes and <style> in markup).
'use strict';

const CHART_COLOURS = ['#0b5cad', '#d9822b', '#2e8b57', '#8a4baf', '#c23b3b', '#3a9ea5', '#7a6a2f', '#5f6b7a'];

// A day (YYYY-MM-DD) as uPlot's x value: seconds since the epoch at 00:00 UTC.
function dayValue(d) {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 1000;
}

// Ticks on whole days only: the data are per day, hours between them mean nothing.
const DAY_STEPS = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730].map(d => d * 86400);

function dayLabel(ts, i) {
  const d = new Date(ts * 1000);
  const text = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return i === 0 || (d.getUTCMonth() === 0 && d.getUTCDate() <= 7) ? `${text} ${d.getUTCFullYear()}` : text;
}

const HOUR_STEPS = [1, 2, 3, 6, 12, 24, 48, 168].map(h => h * 3600);

function hourLabel(ts, i) {
  const d = new Date(ts * 1000);
  const hour = String(d.getUTCHours()).padStart(2, '0') + ':00';
  return i === 0 || d.getUTCHours() === 0 ? `${dayLabel(ts, 1)} ${hour}` : hour;
}

// An hour (YYYY-MM-DDTHH) as uPlot's x value.
function hourValue(h) {
  return dayValue(h) + Number(h.slice(11, 13)) * 3600;
}

function chartWidth() {
  const main = document.getElementById('main');
  return Math.max(320, Math.min(960, (main ? main.clientWidth : 800) - 8));
}

// A tooltip that follows the cursor over the plot; tip(i) gives its lines for the i-th day.
function tooltipPlugin(tip) {
  let box;
  return {
    hooks: {
      init: u => {
        box = el('div', { class: 'chart-tip', role: 'status' });
        box.hidden = true;
        u.over.append(box);
      },
      setCursor: u => {
        const i = u.cursor.idx;
        if (i === null || i === undefined || u.cursor.left < 0) {
          box.hidden = true;
          return;
        }
        box.replaceChildren(...tip(i).map(line => el('div', {}, line)));
        box.hidden = false;
        const left = Math.min(u.cursor.left + 12, u.over.clientWidth - box.offsetWidth - 2);
        box.style.left = Math.max(0, left) + 'px';
        box.style.top = Math.max(0, u.cursor.top - box.offsetHeight - 8) + 'px';
      },
    },
  };
}

// Counts per time bucket (a day or an hour: step seconds) with a time axis under the plot, a count
// axis beside it, a legend and a tooltip. series: [{label, values}]; tip(i) → lines of text for the
// i-th bucket. bars: one bar per bucket, the series stacked (drawn as running totals, the whole
// first, so each language shows as its own band; the legend then names the languages without
// values, which would be the running totals); otherwise one line per series. width and height
// default to a full-width chart; small ones (a card's) give their own, and keyOnly: the series named
// in the key under the chart only, without uPlot's legend of values (the tooltip gives them).
function timeChart({ times, step, series, bars, yLabel, ariaLabel, tip, cls, attrs, width, height, keyOnly }) {
  if (!times.length) return el('p', { class: 'meta' }, 'No dated articles.');
  const box = el('div', { class: 'chart-box ' + (cls || ''), role: 'img', 'aria-label': ariaLabel,
    'data-series': series.map(s => s.label).join(','), ...(attrs || {}) });
  const colour = i => CHART_COLOURS[i % CHART_COLOURS.length];
  let shown = series.map((s, i) => ({ ...s, colour: colour(i) }));
  if (bars) {
    const totals = times.map(() => 0);
    shown = shown.map(s => ({ ...s, values: s.values.map((v, j) => (totals[j] += v)) })).reverse();
  }
  const data = [times, ...shown.map(s => s.values)];
  const hourly = step < 86400;
  const legend = !keyOnly && (!bars || series.length === 1);
  const opts = {
    width: Math.min(width || 960, chartWidth()), height: height || 220,
    tzDate: ts => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    cursor: { drag: { x: false, y: false, setScale: false } },   // uPlot merges options one level deep only: cursor.points stays its own
    legend: { show: legend },
    scales: { x: { time: true, range: () => [times[0] - step / 2, times[times.length - 1] + step / 2] },
      y: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] } },
    axes: [{ space: 70, incrs: hourly ? HOUR_STEPS : DAY_STEPS, values: (u, ticks) => ticks.map(hourly ? hourLabel : dayLabel) },
      { label: yLabel, size: 50, values: (u, ticks) => ticks.map(t => Number.isInteger(t) ? String(t) : '') }],
    series: [{ label: hourly ? 'hour' : 'day', value: (u, ts) => ts === null ? '' : new Date(ts * 1000).toISOString().slice(0, hourly ? 13 : 10).replace('T', ' ') },
      // uPlot copies every key given, undefined ones too: a line series names no path builder at all
      ...shown.map(s => bars
        ? { label: s.label, stroke: s.colour, fill: s.colour, width: 0, paths: uPlot.paths.bars({ size: [0.8, 40] }), points: { show: false } }
        : { label: s.label, stroke: s.colour, width: 2, points: { show: times.length <= 62 } })],
    plugins: [tooltipPlugin(tip)],
  };
  // uPlot measures the page: draw once the box is in the document
  requestAnimationFrame(() => {
    box.chart = new uPlot(opts, data, box);
  });
  if (legend) return box;
  return el('div', {}, box, el('p', { class: 'meta legend' },
    series.map((s, i) => el('span', { class: 'key' }, el('span', { class: 'swatch series-' + (i % CHART_COLOURS.length) }), ' ', langBadge(s.label)))));
}

// Counts per day (YYYY-MM-DD each).
function dailyChart({ days, ...rest }) {
  return timeChart({ times: days.map(dayValue), step: 86400, attrs: { 'data-days': days.length }, ...rest });
}
