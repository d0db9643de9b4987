// Shared pieces of the dashboard pages. Everything from the server goes in as text
// (textContent), never as markup.
import { words } from './dashboard-text.js';

const stored = () => {
  try {
    return localStorage.getItem('pc-dashboard-lang');
  } catch {
    return null;
  }
};
const asked = new URLSearchParams(location.search).get('lang');
export const lang = asked === 'en' || asked === 'es' ? asked : stored() === 'en' ? 'en' : 'es';
export const t = words[lang];
document.documentElement.lang = lang === 'es' ? 'es-PE' : 'en';

/** An element with text content (strings only, never HTML) and attributes. */
export function el(tag, content = '', attributes = {}) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  if (Array.isArray(content)) node.append(...content);
  else if (content instanceof Node) node.append(content);
  else if (content !== '') node.textContent = String(content);
  return node;
}

let csrfToken = '';
export function setCsrf(token) {
  csrfToken = token;
}

export async function api(method, url, body, contentType = 'application/json') {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = contentType;
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body,
    credentials: 'same-origin',
  });
  const data = await response.json().catch(() => ({}));
  return { status: response.status, data };
}

const locale = lang === 'es' ? 'es-PE' : 'en';
const early = new Map();
/** Starts a GET before the page's module has loaded (the router knows the address already). */
export function prefetch(url) {
  early.set(url, api('GET', url));
}
/** A GET, answered by the prefetch of the same address when there was one. */
export function getData(url) {
  const found = early.get(url);
  early.delete(url);
  return found ?? api('GET', url);
}

let dateTimeFormat;
/** One formatter for the page, made when first needed: making one per cell is slow on a slow PC. */
export function dateTime(ms) {
  if (ms === null || ms === undefined) return t.none;
  dateTimeFormat ??= new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  return dateTimeFormat.format(ms);
}
export const yesNo = (b) => (b === null || b === undefined ? t.none : b ? t.yes : t.no);
export const caseTitle = (cases, id) => cases.find((c) => c.caseId === id)?.title[lang] ?? id;

/** A table with a caption, column headers and rows of cells (text, nodes, or {content, attrs}). */
export function table(caption, headers, rows, attrs = {}) {
  const node = el('table', '', attrs);
  node.append(el('caption', caption));
  const head = el('thead');
  const hr = el('tr');
  headers.forEach((h) => hr.append(el('th', h, { scope: 'col' })));
  head.append(hr);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((cell, i) => {
      const spec = cell && typeof cell === 'object' && 'content' in cell ? cell : { content: cell ?? '' };
      const tag = i === 0 ? 'th' : 'td';
      tr.append(el(tag, spec.content, { ...(i === 0 ? { scope: 'row' } : {}), ...(spec.attrs ?? {}) }));
    });
    body.append(tr);
  }
  node.append(head, body);
  return node;
}

export const link = (href, text, attrs = {}) => el('a', text, { href, ...attrs });
export const withLang = (href) => (asked ? `${href}${href.includes('?') ? '&' : '?'}lang=${lang}` : href);

/** The page frame: language switch, heading, class navigation; returns the main element to fill. */
export function frame(title, cls) {
  const page = document.getElementById('page');
  const header = el('header');
  const switcher = el('button', t.language, {
    type: 'button',
    class: 'secondary lang',
    'aria-label': t.languageLabel,
  });
  switcher.addEventListener('click', () => {
    try {
      localStorage.setItem('pc-dashboard-lang', lang === 'es' ? 'en' : 'es');
    } catch {
      /* private mode: the query parameter still works */
    }
    const url = new URL(location.href);
    url.searchParams.set('lang', lang === 'es' ? 'en' : 'es');
    location.assign(url);
  });
  header.append(switcher);
  const nav = el('nav', '', { 'aria-label': t.title });
  const items = [[withLang('/instructor/dashboard/'), t.back]];
  if (cls) {
    const base = `/instructor/dashboard/c/${encodeURIComponent(cls.id)}`;
    items.push(
      [withLang(base), t.overview],
      [withLang(`${base}/errors`), t.errors],
      [withLang(`${base}/typed`), t.typed],
      [withLang(`${base}/reports`), t.reports],
      [withLang(`${base}/import`), t.import],
      [withLang(`${base}/settings`), t.settings],
    );
  }
  const list = el('ul');
  for (const [href, text] of items) {
    const a = link(href, text);
    if (new URL(href, location.href).pathname === location.pathname) a.setAttribute('aria-current', 'page');
    list.append(el('li', a));
  }
  nav.append(list);
  header.append(nav);
  const main = el('main', '', { id: 'main' });
  main.append(el('h1', cls ? `${title} — ${cls.name}` : title));
  document.title = `${title} — Primer Contacto`;
  page.replaceChildren(header, main);
  return main;
}

export function failure(main, status, data) {
  main.append(el('p', `${t.failed} ${data.reason ?? status}`, { class: 'error', role: 'alert' }));
}

/** The filter form of the class pages (case, mode, language, dates), kept in the address. */
export function filterForm(cases, onApply) {
  const params = new URLSearchParams(location.search);
  const form = el('form', '', { class: 'filters', 'aria-label': t.filters });
  const select = (name, label, options) => {
    const s = el('select', '', { name });
    for (const [value, text] of options) s.append(el('option', text, { value }));
    s.value = params.get(name) ?? '';
    return el('label', [label, s]);
  };
  const day = (name, label) => {
    const i = el('input', '', { type: 'date', name });
    const v = params.get(name);
    if (v) i.value = new Date(Number(v)).toISOString().slice(0, 10);
    return el('label', [label, i]);
  };
  form.append(
    select('case', t.case, [['', t.anyCase], ...cases.map((c) => [c.caseId, c.title[lang]])]),
    select('mode', t.mode, [
      ['', t.anyMode],
      ['practice', t.practice],
      ['evaluation', t.evaluation],
    ]),
    select('language', t.lang, [
      ['', t.anyLang],
      ['es', 'Español'],
      ['en', 'English'],
    ]),
    day('from', t.from),
    day('to', t.to),
    el('button', t.apply, { type: 'submit' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const key of ['case', 'mode', 'language']) if (data.get(key)) next.set(key, data.get(key));
    if (data.get('from')) next.set('from', String(Date.parse(`${data.get('from')}T00:00:00`)));
    if (data.get('to')) next.set('to', String(Date.parse(`${data.get('to')}T23:59:59.999`)));
    if (asked) next.set('lang', lang);
    history.replaceState(null, '', `${location.pathname}?${next}`);
    onApply();
  });
  return form;
}

/** The query of the current filters for an API call. */
export function filterQuery(extra = {}) {
  const params = new URLSearchParams(location.search);
  const q = new URLSearchParams();
  for (const key of ['case', 'mode', 'language', 'from', 'to'])
    if (params.get(key)) q.set(key, params.get(key));
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Marks the page as drawn, at the next frame (benchmarks read the mark 'pc-ready'). */
export function drawn() {
  requestAnimationFrame(() => setTimeout(() => performance.mark('pc-ready'), 0));
}
