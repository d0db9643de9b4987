// Class overview: trainees × cases (best / last score, passed, attempts), last activity,
// filters, and who is playing now at which decision.
import {
  getData,
  caseTitle,
  dateTime,
  el,
  failure,
  filterForm,
  filterQuery,
  frame,
  link,
  t,
  table,
  withLang,
  drawn,
} from './dashboard-dom.js';

export async function show(classId) {
  const { status, data } = await getData(
    `/api/dashboard/classes/${encodeURIComponent(classId)}/overview${filterQuery()}`,
  );
  performance.mark('pc-data');
  if (status !== 200) return failure(frame(t.overview), status, data);
  const main = frame(t.overview, data.class);
  main.append(filterForm(data.cases, () => show(classId)));
  const base = `/instructor/dashboard/c/${encodeURIComponent(classId)}`;
  const shownCases = data.cases.filter((c) => data.trainees.some((tr) => tr.cells[c.caseId]));
  const rows = data.trainees.map((tr) => [
    link(withLang(`${base}/trainee/${encodeURIComponent(tr.traineeId)}`), tr.name),
    tr.code,
    ...shownCases.map((c) => {
      const cell = tr.cells[c.caseId];
      if (!cell) return t.none;
      const cls = cell.passed === true ? 'pass' : cell.passed === false ? 'fail' : '';
      return {
        content: link(
          withLang(`/instructor/dashboard/attempt/${encodeURIComponent(cell.lastRecordId)}`),
          t.cellText(cell),
        ),
        attrs: { class: cls },
      };
    }),
    dateTime(tr.lastActivity),
  ]);
  main.append(
    el('p', `${t.shownAttempts(data.attempts)} ${t.threshold(data.settings.passThreshold)}`),
    el(
      'div',
      table(
        t.overviewCaption,
        [t.trainee, t.code, ...shownCases.map((c) => caseTitle(data.cases, c.caseId)), t.lastActivity],
        rows,
        { id: 'overview' },
      ),
      { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': t.overviewCaption },
    ),
    el('h2', t.playingNow),
  );
  if (data.playing.length === 0) main.append(el('p', t.nobodyPlaying));
  else {
    const list = el('ul', '', { id: 'playing' });
    for (const p of data.playing)
      list.append(
        el(
          'li',
          `${p.trainee.name} — ${caseTitle(data.cases, p.caseId)} (${p.mode === 'evaluation' ? t.evaluation : t.practice}), ${t.atDecision(p.decision)} · ${dateTime(p.updatedAt)}`,
        ),
      );
    main.append(list);
  }
  drawn();
}
