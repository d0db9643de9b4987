// The dashboard's router: the address names the page; each page module draws itself.
import { api, el, frame, link, setCsrf, t, withLang } from './dashboard-dom.js';

const me = await api('GET', '/api/instructor/me');
if (me.status !== 200) location.assign('/instructor/');
else {
  setCsrf(me.data.csrfToken);
  const path = location.pathname
    .replace(/^\/instructor\/dashboard\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  const [kind, id, view, sub] = path;
  if (kind === 'c' && id) {
    const pages = {
      undefined: './view-overview.js',
      errors: './view-errors.js',
      trainee: './view-trainee.js',
      reports: './view-reports.js',
      import: './view-import.js',
      settings: './view-settings.js',
    };
    const module = pages[view] ?? pages.undefined;
    const { show } = await import(module);
    await show(id, sub);
  } else if (kind === 'attempt' && id) {
    const { show } = await import('./view-attempt.js');
    await show(id);
  } else {
    const main = frame(t.title);
    const { data } = await api('GET', '/api/classes');
    const list = el('ul');
    for (const cls of data.classes ?? [])
      list.append(
        el('li', link(withLang(`/instructor/dashboard/c/${encodeURIComponent(cls.id)}`), cls.name)),
      );
    main.append(el('h2', t.classes), (data.classes ?? []).length ? list : el('p', t.noClasses));
  }
}
