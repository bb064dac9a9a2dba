// The mock's dashboard: reads and steers the mock through /__admin only, from the same origin, with
// JSON bodies and the admin token (asked for when /__admin answers 401) as a bearer header.
'use strict';

const $ = (id) => document.getElementById(id);
// The admin token lives in this page's memory only, never in its storage, which anything else served
// from the mock's origin could read; a reload asks for it again.
let token = '';
sessionStorage.removeItem('mock-admin-token');

async function admin(path, init = {}) {
  // Every state-changing call carries a JSON body: the control API refuses any other content type.
  if (init.method && init.body === undefined) init = { ...init, body: {} };
  const headers = { Accept: 'application/json', ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}) };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`/__admin${path}`, { ...init, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  if (res.status === 401) {
    $('token-box').hidden = false;
    throw new Error('The mock needs its admin token (--admin-token): enter it above.');
  }
  if (!res.ok) throw new Error(`${init.method || 'GET'} /__admin${path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return res.status === 204 ? null : res.json();
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  if (className) td.className = className;
  return td;
}

function row(...cells) {
  const tr = document.createElement('tr');
  tr.append(...cells);
  return tr;
}

function statusMatches(status, wanted) {
  const w = wanted.trim().toLowerCase();
  if (!w) return true;
  return /^\dxx$/.test(w) ? String(status)[0] === w[0] : String(status) === w;
}

function bodies(entry) {
  const td = document.createElement('td');
  if (!entry.request && !entry.answer && !entry.note) return td;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = entry.note || (entry.request ? entry.request.slice(0, 60) : 'answer');
  details.append(summary);
  for (const [label, text] of [
    ['request', entry.request],
    ['answer', entry.answer],
    ['note', entry.note],
  ]) {
    if (!text) continue;
    const pre = document.createElement('pre');
    pre.textContent = `${label}: ${text}`;
    details.append(pre);
  }
  td.append(details);
  return td;
}

function renderRequests(requests) {
  const vendor = $('f-vendor').value;
  const operation = $('f-operation').value.trim();
  const status = $('f-status').value;
  const shown = requests
    .filter((r) => (!vendor || r.provider === vendor) && (!operation || (r.operationId || '').includes(operation)) && statusMatches(r.status, status))
    .reverse();
  $('requests').replaceChildren(
    ...shown.map((r) =>
      row(
        cell(r.id, 'num'),
        cell(r.at.slice(11, 23)),
        cell(r.method),
        cell(r.provider),
        cell(r.operationId),
        cell(r.path),
        cell(r.status, `num s${String(r.status)[0]}`),
        cell(r.ms, 'num'),
        bodies(r),
      ),
    ),
  );
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', () => onClick().then(refresh, showError));
  return b;
}

function renderJobs(jobs) {
  $('jobs').replaceChildren(
    ...jobs.map((j) => {
      const actions = document.createElement('td');
      const path = `/jobs/${encodeURIComponent(j.id)}`;
      if (j.phase !== 'terminal') {
        actions.append(
          button('advance', () => admin(`${path}/advance`, { method: 'POST' })),
          button('finish', () => admin(`${path}/finish`, { method: 'POST', body: { outcome: 'completed' } })),
          button('fail', () => admin(`${path}/finish`, { method: 'POST', body: { outcome: 'failed' } })),
        );
      }
      return row(cell(j.id), cell(j.provider), cell(j.status), cell(j.phase), cell(j.outcome), cell(j.updatedAt.slice(11, 19)), cell(j.webhookUrl), actions);
    }),
  );
}

function renderWebhooks(deliveries) {
  $('webhooks').replaceChildren(
    ...deliveries.map((d) => {
      const attempts = d.attempts.map((a) => `${a.at.slice(11, 19)} ${a.status ?? a.error}`).join('\n');
      return row(cell(d.id), cell(d.provider), cell(d.jobId), cell(d.event), cell(d.url), cell(d.reason ? `${d.state}: ${d.reason}` : d.state), cell(attempts));
    }),
  );
}

function renderScenarios(scenarios) {
  $('scenarios').replaceChildren(
    ...scenarios.map((s) => row(cell(s.id), cell(s.provider || 'any'), cell(s.operationId), cell(s.remaining), cell(JSON.stringify(s.prefer)))),
  );
}

function showError(error) {
  $('error').textContent = error.message;
}

let requests = [];
async function refresh() {
  try {
    const [r, j, w, s] = await Promise.all([admin('/requests?limit=500'), admin('/jobs?order=newest'), admin('/webhooks'), admin('/scenarios')]);
    requests = r.requests;
    renderRequests(requests);
    renderJobs(j.jobs);
    renderWebhooks(w.deliveries);
    renderScenarios(s.scenarios);
    $('summary').textContent =
      `${requests.length} requests, ${j.count} jobs${j.next ? ` (the newest ${j.jobs.length} shown)` : ''}, ${w.deliveries.length} webhook deliveries, ${s.scenarios.length} scenarios`;
    $('error').textContent = '';
  } catch (error) {
    showError(error);
  }
}

async function start() {
  try {
    const info = await admin('/');
    $('f-vendor').replaceChildren(new Option('all', ''), ...info.providers.map((p) => new Option(`${p.provider} (${p.prefix})`, p.provider)));
    $('operations').replaceChildren(...[...new Set(info.providers.flatMap((p) => p.operations.map((o) => o.split(' ')[0])))].map((o) => new Option(o)));
  } catch (error) {
    showError(error);
  }
  await refresh();
}

$('filters').addEventListener('input', () => renderRequests(requests));
$('filters').addEventListener('submit', (event) => event.preventDefault());
$('token').addEventListener('change', () => {
  token = $('token').value;
  $('token').value = '';
  $('token').placeholder = 'set for this page';
  void start();
});
$('reset').addEventListener('click', () => admin('/reset', { method: 'POST' }).then(refresh, showError));
$('clear-scenarios').addEventListener('click', () => admin('/scenarios', { method: 'DELETE' }).then(refresh, showError));
setInterval(() => {
  if ($('live').checked) void refresh();
}, 1000);
void start();
