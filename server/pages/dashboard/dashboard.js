// The dashboard's router: the address names the page; each page module draws itself.
import { api, el, filterQuery, frame, lang, link, prefetch, setCsrf, t, withLang } from './dashboard-dom.js';

// The session check, the page's module and the page's data are asked for at once.
const me = api('GET', '/api/instructor/me').then((answer) => {
  if (answer.status === 200) setCsrf(answer.data.csrfToken);
  else location.assign('/instructor/');
  return answer;
});
{
  const path = location.pathname
    .replace(/^\/instructor\/dashboard\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  const [kind, id, view, sub] = path;
  const cls = `/api/dashboard/classes/${encodeURIComponent(id ?? '')}`;
  const data = {
    undefined: `${cls}/overview${filterQuery()}`,
    errors: `${cls}/errors${filterQuery({ lang })}`,
    trainee: `${cls}/trainees/${encodeURIComponent(sub ?? '')}`,
    typed: `${cls}/typed-questions`,
  };
  if (kind === 'c' && id && data[view]) prefetch(data[view]);
  if (kind === 'attempt' && id) prefetch(`/api/dashboard/attempts/${encodeURIComponent(id)}?lang=${lang}`);
  if (kind === 'c' && id) {
    const pages = {
      undefined: './view-overview.js',
      errors: './view-errors.js',
      trainee: './view-trainee.js',
      typed: './view-typed.js',
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
    await me;
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
