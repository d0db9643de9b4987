// Reports: the printable class report (overview and heat map, print stylesheet) and the
// downloads: CSV per attempt and per verdict (UTF-8 with BOM), JSON of the records.
import {
  api,
  caseTitle,
  el,
  failure,
  filterForm,
  filterQuery,
  frame,
  lang,
  link,
  t,
  table,
} from './dashboard-dom.js';

export async function show(classId) {
  const id = encodeURIComponent(classId);
  const [overview, errors] = await Promise.all([
    api('GET', `/api/dashboard/classes/${id}/overview${filterQuery()}`),
    api('GET', `/api/dashboard/classes/${id}/errors${filterQuery()}`),
  ]);
  if (overview.status !== 200) return failure(frame(t.reports), overview.status, overview.data);
  const data = overview.data;
  const main = frame(t.reports, data.class);
  main.append(
    filterForm(data.cases, () => show(classId)),
    el('p', t.reportsIntro, { class: 'no-print' }),
  );
  const downloads = el('ul', '', { class: 'no-print', id: 'downloads' });
  const q = filterQuery({ lang });
  downloads.append(
    el('li', link(`/api/dashboard/classes/${id}/export/attempts.csv${q}`, t.csvAttempts, { download: '' })),
    el('li', link(`/api/dashboard/classes/${id}/export/verdicts.csv${q}`, t.csvVerdicts, { download: '' })),
    el('li', link(`/api/dashboard/classes/${id}/export/records.json${q}`, t.jsonRecords, { download: '' })),
  );
  const print = el('button', t.print, { type: 'button', class: 'no-print' });
  print.addEventListener('click', () => window.print());
  main.append(downloads, print);

  const cases = data.cases.filter((c) => data.trainees.some((tr) => tr.cells[c.caseId]));
  main.append(
    el('h2', t.overview),
    el('p', `${t.shownAttempts(data.attempts)} ${t.threshold(data.settings.passThreshold)}`),
    table(
      t.overviewCaption,
      [t.trainee, t.code, ...cases.map((c) => caseTitle(data.cases, c.caseId))],
      data.trainees.map((tr) => [
        tr.name,
        tr.code,
        ...cases.map((c) => (tr.cells[c.caseId] ? t.cellLong(tr.cells[c.caseId]) : t.none)),
      ]),
    ),
  );
  if (errors.status === 200 && errors.data.heatMap.length) {
    const hc = data.cases.filter((c) => errors.data.heatMap.some((r) => r.cells[c.caseId]));
    main.append(
      el('h2', t.errors),
      table(
        t.heatCaption,
        [t.standard, ...hc.map((c) => caseTitle(data.cases, c.caseId)), t.total],
        errors.data.heatMap.map((r) => [
          r.standard,
          ...hc.map((c) => {
            const cell = r.cells[c.caseId];
            return cell
              ? `${cell.violated}/${cell.judged}${cell.worst ? ` · ${t[cell.worst]}` : ''}`
              : t.none;
          }),
          String(r.total),
        ]),
      ),
    );
  }
}
