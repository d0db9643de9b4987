// The instructor page: sign in, create a class and see its code, list its records
// with the server's status. Everything shown from the server goes in as text.
import { el, languageSwitch, pageLanguage, text } from './page-text.js';

const lang = pageLanguage();
const t = text[lang];
document.documentElement.lang = lang === 'es' ? 'es-PE' : 'en';
document.title = t.title;
const page = document.getElementById('page');
let csrfToken = '';

async function api(method, url, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const data = await response.json().catch(() => ({}));
  return { status: response.status, data };
}

function field(label, name, type = 'text') {
  const wrap = el('label', label);
  wrap.append(
    el('input', '', {
      name,
      type,
      required: '',
      autocomplete: type === 'password' ? 'current-password' : 'username',
    }),
  );
  return wrap;
}

function header(title) {
  page.replaceChildren(languageSwitch(lang), el('h1', title));
}

function showLogin(message = '') {
  header(t.title);
  const form = el('form');
  form.append(
    field(t.username, 'username'),
    field(t.passphrase, 'passphrase', 'password'),
    el('button', t.signIn, { type: 'submit' }),
  );
  const note = el('p', message, { class: 'error', role: 'alert' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const { status, data: answer } = await api('POST', '/api/login', {
      username: data.get('username'),
      passphrase: data.get('passphrase'),
    });
    if (status === 200) {
      csrfToken = answer.csrfToken;
      await showClasses(answer.username);
    } else note.textContent = status === 429 ? t.tooMany : t.badCredentials;
  });
  page.append(form, note);
}

const yesNo = (value) => (value === null || value === undefined ? t.none : value ? t.yes : t.no);

function recordsTable(records) {
  if (records.length === 0) return el('p', t.noRecords);
  const table = el('table');
  const head = el('tr');
  for (const h of [
    t.trainee,
    t.traineeCode,
    t.case,
    t.mode,
    t.language,
    t.status,
    t.witnessed,
    t.score,
    t.passed,
    t.ended,
  ])
    head.append(el('th', h, { scope: 'col' }));
  table.append(head);
  for (const r of records) {
    const row = el('tr');
    const cells = [
      r.trainee.name,
      r.trainee.code,
      r.caseId,
      t[r.mode] ?? r.mode,
      r.language,
      t[r.status] ?? r.status,
      yesNo(r.witnessed),
      r.serverScores.overall === null ? t.none : String(r.serverScores.overall),
      yesNo(r.serverScores.passed),
      new Date(r.endedAt).toLocaleString(lang === 'es' ? 'es-PE' : 'en'),
    ];
    cells.forEach((c, i) => row.append(el('td', c, i === 5 ? { class: `status-${r.status}` } : {})));
    table.append(row);
  }
  return table;
}

async function showRecords(cls, holder) {
  const { status, data } = await api('GET', `/api/classes/${encodeURIComponent(cls.id)}/records`);
  holder.replaceChildren(
    el('h2', `${t.records}: ${cls.name}`),
    status === 200
      ? recordsTable(data.records)
      : el('p', `${t.failed} ${data.reason ?? status}`, { class: 'error' }),
  );
}

async function showClasses(username) {
  header(t.title);
  const out = el('button', t.signOut, { type: 'button', class: 'secondary' });
  out.addEventListener('click', async () => {
    await api('POST', '/api/logout');
    csrfToken = '';
    showLogin();
  });
  const who = el('p', `${t.signedInAs} ${username} `);
  who.append(out);
  const form = el('form');
  form.append(field(t.newClass, 'name'), el('button', t.createClass, { type: 'submit' }));
  const note = el('p', '', { class: 'error', role: 'alert' });
  const list = el('ul');
  const records = el('section');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { status, data } = await api('POST', '/api/classes', { name: new FormData(form).get('name') });
    if (status === 201) {
      form.reset();
      await fill();
    } else note.textContent = `${t.failed} ${data.reason ?? status}`;
  });
  async function fill() {
    const { data } = await api('GET', '/api/classes');
    list.replaceChildren();
    if (data.classes.length === 0) list.append(el('li', t.noClasses));
    for (const cls of data.classes) {
      const item = el('li', `${cls.name} — ${t.code}: `);
      const show = el('button', t.show, { type: 'button', class: 'secondary' });
      show.addEventListener('click', () => showRecords(cls, records));
      item.append(el('span', cls.code, { class: 'code' }), ' ', show);
      list.append(item);
    }
  }
  page.append(who, el('h2', t.classes), form, note, list, records);
  await fill();
}

const me = await api('GET', '/api/instructor/me');
if (me.status === 200) {
  csrfToken = me.data.csrfToken;
  await showClasses(me.data.username);
} else showLogin();
