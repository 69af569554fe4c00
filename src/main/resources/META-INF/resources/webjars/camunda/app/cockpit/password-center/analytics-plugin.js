// Journey analytics in Cockpit (Password Center): funnels, step times and stuck journeys of every journey, read
// from the operator API (/api/v1/operator/analytics/*) with the operator's Cockpit session. Charts: Chart.js,
// vendored under /vendor/chartjs (MIT). Plain DOM, no framework; every number has a data-* hook for tests.

const API = '/api/v1/operator/analytics';
const ROUTE = '/password-center-analytics';
const JOURNEYS = [
  ['reissue-without-certificate', '線上密碼補發（無憑證） Online reissue without certificate'],
  ['reissue-with-certificate', '線上密碼補發（有憑證） Online reissue with certificate'],
  ['unlock', '線上密碼解鎖 Online unlock'],
  ['password-change', '密碼變更通知 Password change notice'],
  ['unification', '密碼歸戶 Password unification'],
  ['phone-unlock', '客服電話解鎖 Phone unlock'],
  ['branch-reissue', '臨櫃密碼補發 In-branch reissue'],
  ['branch-split', '臨櫃取消歸戶 In-branch split']
];

const charts = [];

let chartJs;

// Chart.js's UMD build registers itself as an AMD module when RequireJS is present (Cockpit has it); hide
// define while it loads so it becomes window.Chart. Loaded once: concurrent loads would each hide define and
// the last would leave RequireJS without it, and each copy of Chart.js keeps its own charts.
function loadChartJs() {
  if (!chartJs) {
    chartJs = window.Chart ? Promise.resolve(window.Chart) : new Promise((resolve, reject) => {
      const amd = window.define;
      window.define = undefined;
      const script = document.createElement('script');
      script.src = '/vendor/chartjs/chart.umd.min.js';
      script.onload = () => { window.define = amd; resolve(window.Chart); };
      script.onerror = (error) => { window.define = amd; chartJs = undefined; reject(error); };
      document.head.appendChild(script);
    });
  }
  return chartJs;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ''))));
  return node;
}

// X-Requested-With: the API then answers 401 without a Basic challenge, which would hold the fetch behind the
// browser's password prompt
async function getJson(path) {
  const response = await fetch(API + path,
    { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (response.status === 401) {
    throw new Error('the Cockpit session has ended — sign in again (401)');
  }
  const body = await response.json();
  if (!response.ok) {
    throw new Error((body && body.message) || response.status);
  }
  return body;
}

function seconds(ms) {
  return (ms / 1000).toFixed(ms < 10000 ? 2 : 0) + ' s';
}

function table(id, headers, rows) {
  return el('table', { class: 'table table-condensed', id },
    el('thead', {}, el('tr', {}, headers.map((header) => el('th', {}, header)))),
    el('tbody', {}, rows));
}

// a chart as tall as its bars need, whatever the window's width (Chart.js keeps an aspect ratio otherwise)
function box(canvas, height) {
  return el('div', { style: 'position: relative; max-width: 900px; height: ' + height + 'px' }, canvas);
}

function chart(canvas, config) {
  loadChartJs().then((Chart) => charts.push(new Chart(canvas, config))).catch(() => {
    canvas.replaceWith(el('p', { class: 'text-muted' }, 'Chart.js could not be loaded'));
  });
}

function renderFunnel(target, funnel) {
  target.replaceChildren();
  target.append(
    el('p', { id: 'pc-funnel-summary' },
      'Started 開始 ', el('strong', { 'data-started': funnel.started }, funnel.started),
      ' · running 進行中 ', el('strong', { 'data-running': funnel.running }, funnel.running),
      ' · with incident 曾有事故 ', el('strong', { 'data-with-incident': funnel.withIncident }, funnel.withIncident),
      ' · open incidents 未解決 ', el('strong', { 'data-open-incidents': funnel.openIncidents }, funnel.openIncidents)));
  const outcomes = el('canvas', { id: 'pc-outcomes-chart' });
  const steps = el('canvas', { id: 'pc-steps-chart' });
  const days = el('canvas', { id: 'pc-days-chart' });
  target.append(el('h4', {}, 'How they ended 結果'), box(outcomes, 40 + 28 * funnel.outcomes.length),
    table('pc-outcomes', ['Outcome 結果', 'End event', 'Count', '%'], funnel.outcomes.map((outcome) => {
      const key = outcome.endEvent ? outcome.state + ':' + outcome.endEvent : outcome.state;
      return el('tr', { 'data-outcome': key },
        el('td', {}, outcome.name || outcome.state), el('td', {}, outcome.endEvent || ''),
        el('td', { class: 'count' }, outcome.count), el('td', { class: 'percent' }, outcome.percent));
    })));
  target.append(el('h4', {}, 'Steps reached 步驟'), box(steps, 40 + 22 * funnel.steps.length),
    table('pc-steps', ['Step 步驟', 'Diagram', 'Reached', '%'], funnel.steps.map((step) =>
      el('tr', { 'data-step': step.process + '/' + step.activityId },
        el('td', {}, step.name || step.activityId), el('td', {}, step.process),
        el('td', { class: 'count' }, step.reached), el('td', { class: 'percent' }, step.percent)))));
  target.append(el('h4', {}, 'Per day 每日'), box(days, 180));
  chart(outcomes, {
    type: 'bar',
    data: { labels: funnel.outcomes.map((o) => o.name || o.state), datasets: [{ label: '%', data: funnel.outcomes.map((o) => o.percent) }] },
    options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } } }
  });
  chart(steps, {
    type: 'bar',
    data: { labels: funnel.steps.map((s) => s.name || s.activityId), datasets: [{ label: 'reached', data: funnel.steps.map((s) => s.reached) }] },
    options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } } }
  });
  chart(days, {
    type: 'line',
    data: { labels: funnel.days.map((d) => d.day), datasets: [{ label: 'started', data: funnel.days.map((d) => d.started) }] },
    options: { animation: false, maintainAspectRatio: false }
  });
}

// days the roll-up has folded give p50 / p90 from duration buckets: within 5 %, marked ≈
function percentile(name, ms, approximate) {
  return el('td', approximate ? { class: name, 'data-ms': ms, title: 'from the daily roll-up: within 5 % 每日彙總，誤差 5 % 內' }
    : { class: name, 'data-ms': ms }, (approximate ? '≈ ' : '') + seconds(ms));
}

function renderStepTimes(target, times) {
  target.replaceChildren(table('pc-step-times', ['Version', 'Diagram', 'Step 步驟', 'Count', 'p50', 'p90', 'max'],
    times.map((time) => el('tr', { 'data-step-time': time.journeyVersion + '/' + time.process + '/' + time.activityId },
      el('td', {}, 'v' + time.journeyVersion), el('td', {}, time.process), el('td', {}, time.name || time.activityId),
      el('td', { class: 'count' }, time.count), percentile('p50', time.p50Millis, time.approximate),
      percentile('p90', time.p90Millis, time.approximate),
      el('td', { class: 'max', 'data-ms': time.maxMillis }, seconds(time.maxMillis))))));
}

function renderStuck(target, stuck) {
  target.replaceChildren(table('pc-stuck', ['Journey', 'Customer 客戶', 'Step 步驟', 'Since', 'Waiting', 'Incident 事故', ''],
    stuck.map((row) => el('tr', { 'data-stuck': row.application || '', class: row.incidentMessage ? 'danger' : '' },
      el('td', {}, row.journey), el('td', { class: 'customer' }, row.customer || '—'),
      el('td', { class: 'step', 'data-activity': row.activityId }, row.stepName || row.activityId), el('td', {}, new Date(row.since).toLocaleString()),
      el('td', {}, row.waitingSeconds + ' s'), el('td', { class: 'incident' }, row.incidentMessage || ''),
      el('td', {}, el('a', { href: row.cockpit.replace('/camunda/app/cockpit/default/', '') }, 'Cockpit'))))));
}

async function refresh(view) {
  charts.splice(0).forEach((c) => c.destroy());
  view.removeAttribute('data-loaded');
  const journey = view.querySelector('#pc-journey').value;
  const from = view.querySelector('#pc-from');
  const to = view.querySelector('#pc-to');
  // empty dates: the server's last seven days in the brokerage's zone, not the browser's (or UTC's) today
  const period = '?journey=' + encodeURIComponent(journey) + (from.value ? '&from=' + from.value : '')
    + (to.value ? '&to=' + to.value : '');
  const minutes = view.querySelector('#pc-older-than').value;
  const threshold = minutes === '' ? '' : '?olderThan=PT' + Math.max(0, Math.floor(Number(minutes))) + 'M';
  const error = view.querySelector('#pc-error');
  error.textContent = '';
  view.querySelector('#pc-csv').replaceChildren(
    el('a', { href: API + '/funnels.csv' + period }, 'funnel.csv'), ' · ',
    el('a', { href: API + '/step-times.csv' + period }, 'step-times.csv'), ' · ',
    el('a', { href: API + '/stuck.csv' + threshold }, 'stuck.csv'));
  try {
    const [funnel, times, stuck] = await Promise.all([
      getJson('/funnels' + period), getJson('/step-times' + period), getJson('/stuck' + threshold)]);
    from.value = funnel.from;
    to.value = funnel.to;
    renderFunnel(view.querySelector('#pc-funnel'), funnel);
    renderStepTimes(view.querySelector('#pc-times'), times);
    renderStuck(view.querySelector('#pc-stuck-now'), stuck);
    view.setAttribute('data-loaded', journey);
  } catch (e) {
    error.textContent = 'Could not load the analytics: ' + e.message;
  }
}

function renderPage(node) {
  // Cockpit's main area clips what overflows it (overflow: hidden): the page scrolls itself
  const view = el('div', { id: 'pc-analytics', class: 'ctn-content-container', style: 'padding: 20px; overflow: auto' },
    el('h2', {}, '旅程分析 Journey analytics'),
    el('form', { class: 'form-inline', id: 'pc-filter' },
      el('label', { for: 'pc-journey' }, 'Journey '),
      el('select', { id: 'pc-journey', class: 'form-control' },
        JOURNEYS.map(([key, name]) => el('option', { value: key }, name))),
      ' ', el('label', { for: 'pc-from' }, 'from '), el('input', { id: 'pc-from', type: 'date', class: 'form-control' }),
      ' ', el('label', { for: 'pc-to' }, 'to '), el('input', { id: 'pc-to', type: 'date', class: 'form-control' }),
      ' ', el('label', { for: 'pc-older-than' }, 'stuck after (minutes) '),
      el('input', { id: 'pc-older-than', type: 'number', min: '0', class: 'form-control', style: 'width: 7em', placeholder: 'default' }),
      ' ', el('button', { type: 'submit', class: 'btn btn-primary', id: 'pc-show' }, 'Show')),
    el('p', { id: 'pc-csv' }), el('p', { id: 'pc-error', class: 'text-danger', role: 'alert' }),
    el('section', { id: 'pc-section-funnel' }, el('h3', {}, 'Funnel 漏斗'), el('div', { id: 'pc-funnel' })),
    el('section', { id: 'pc-section-times' }, el('h3', {}, 'Step times 步驟耗時'), el('div', { id: 'pc-times' })),
    el('section', { id: 'pc-section-stuck' }, el('h3', {}, 'Stuck now 目前卡住'), el('div', { id: 'pc-stuck-now' })));
  view.querySelector('#pc-filter').addEventListener('submit', (event) => { event.preventDefault(); refresh(view); });
  node.replaceChildren(view);
  refresh(view);
}

export default [
  {
    id: 'password-center-analytics-route',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: ROUTE },
    render: renderPage
  },
  {
    id: 'password-center-analytics-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 0,
    properties: { path: ROUTE },
    render: (node) => { node.innerHTML = '<a href="#' + ROUTE + '" id="pc-analytics-link">旅程分析 Journeys</a>'; }
  }
];
