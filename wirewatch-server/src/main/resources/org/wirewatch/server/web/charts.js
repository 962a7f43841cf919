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

// Counts per day as bars (one series) or lines (one per series), with a date axis under the plot, a
// count axis beside it, a legend and a tooltip. series: [{label, values}]; tip(i) → lines of text.
function dailyChart({ days, series, bars, yLabel, ariaLabel, tip, cls }) {
  const box = el('div', { class: 'chart-box ' + (cls || ''), role: 'img', 'aria-label': ariaLabel, 'data-days': days.length,
    'data-series': series.map(s => s.label).join(',') });
  if (!days.length) return el('p', { class: 'meta' }, 'No dated articles.');
  const data = [days.map(dayValue), ...series.map(s => s.values)];
  const opts = {
    width: chartWidth(), height: 220,
    tzDate: ts => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    cursor: { drag: { x: false, y: false, setScale: false } },   // uPlot merges options one level deep only: cursor.points stays its own
    scales: { x: { time: true, range: () => [data[0][0] - 43200, data[0][data[0].length - 1] + 43200] }, y: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] } },
    axes: [{ space: 70, incrs: DAY_STEPS, values: (u, ticks) => ticks.map(dayLabel) }, { label: yLabel, size: 50, values: (u, ticks) => ticks.map(t => Number.isInteger(t) ? String(t) : '') }],
    series: [{ label: 'day', value: (u, ts) => ts === null ? '' : new Date(ts * 1000).toISOString().slice(0, 10) },
      ...series.map((s, i) => {
        const colour = CHART_COLOURS[i % CHART_COLOURS.length];
        // uPlot copies every key given, undefined ones too: a line series names no path builder at all
        return bars ? { label: s.label, stroke: colour, fill: colour, width: 0, paths: uPlot.paths.bars({ size: [0.8, 40] }), points: { show: false } }
          : { label: s.label, stroke: colour, width: 2, points: { show: days.length <= 62 } };
      })],
    plugins: [tooltipPlugin(tip)],
  };
  // uPlot measures the page: draw once the box is in the document
  requestAnimationFrame(() => {
    box.chart = new uPlot(opts, data, box);
  });
  return box;
}
