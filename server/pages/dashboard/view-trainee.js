// One trainee: every attempt over time, score per competency per attempt (learning
// curve, drawn by uPlot and given as a table), standards missed repeatedly, next case.
import {
  getData,
  caseTitle,
  dateTime,
  el,
  failure,
  frame,
  lang,
  link,
  t,
  table,
  withLang,
  yesNo,
} from './dashboard-dom.js';

const competencies = ['REC', 'ENV', 'COM', 'DIS', 'PRO', 'REF', 'DOC', 'CLO'];
const colours = ['#234', '#b35900', '#1b5e20', '#6a1b9a', '#9b1c1c', '#00695c', '#5d4037', '#283593', '#555'];

async function chart(holder, curve) {
  const scored = curve.filter((p) => p.overall !== null);
  if (scored.length === 0) return;
  const css = el('link', '', { rel: 'stylesheet', href: '/instructor/dashboard/assets/uplot.css' });
  document.head.append(css);
  const { default: UPlot } = await import('./uplot.js');
  const xs = scored.map((_, i) => i + 1);
  const series = [{ label: '#' }, { label: t.overall, stroke: colours[0], width: 3 }];
  const data = [xs, scored.map((p) => p.overall)];
  competencies.forEach((c, i) => {
    if (!scored.some((p) => p.competencies[c] !== undefined)) return;
    series.push({ label: c, stroke: colours[i + 1], width: 1.5 });
    data.push(scored.map((p) => p.competencies[c] ?? null));
  });
  const width = Math.min(900, holder.clientWidth || 800);
  new UPlot(
    {
      width,
      height: 280,
      title: t.curve,
      scales: { x: { time: false }, y: { range: [0, 100] } },
      axes: [
        { label: '#', values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) },
        { label: '0–100' },
      ],
      series,
    },
    data,
    holder,
  );
}

export async function show(classId, traineeId) {
  const url = `/api/dashboard/classes/${encodeURIComponent(classId)}/trainees/${encodeURIComponent(traineeId ?? '')}`;
  const { status, data } = await getData(url);
  if (status !== 200) return failure(frame(t.trainee), status, data);
  const main = frame(`${data.trainee.name} (${data.trainee.code})`, data.class);
  const print = el('button', t.print, { type: 'button', class: 'secondary no-print' });
  print.addEventListener('click', () => window.print());
  main.append(print);

  main.append(el('h2', t.recommended));
  main.append(
    data.recommended
      ? el(
          'p',
          `${caseTitle(data.cases, data.recommended.caseId)} — ${t.recommendedBecause(data.recommended.standards)}`,
          { id: 'recommended' },
        )
      : el('p', t.noRecommendation),
  );

  main.append(el('h2', t.curve));
  const holder = el('div', '', { class: 'chart', 'aria-hidden': 'true' });
  main.append(holder);
  const used = competencies.filter((c) => data.curve.some((p) => p.competencies[c] !== undefined));
  const rows = data.curve.map((p, i) => [
    String(i + 1),
    dateTime(p.endedAt),
    caseTitle(data.cases, p.caseId),
    p.mode === 'evaluation' ? t.evaluation : t.practice,
    t[p.status] ?? p.status,
    p.overall === null ? t.none : String(p.overall),
    yesNo(p.passed),
    ...used.map((c) => (p.competencies[c] === undefined ? t.none : String(p.competencies[c]))),
    link(withLang(`/instructor/dashboard/attempt/${encodeURIComponent(p.recordId)}`), t.open),
  ]);
  main.append(
    table(t.curveTable, ['#', t.when, t.case, t.mode, t.status, t.overall, t.passed, ...used, ''], rows, {
      id: 'curve',
    }),
  );

  main.append(el('h2', t.missed));
  const missed = data.missed.map((m) => [
    m.standard,
    String(m.attempts),
    t[m.worst],
    m.cases.map((c) => caseTitle(data.cases, c)).join(', '),
    m.repeated ? t.repeated : '',
  ]);
  main.append(
    missed.length
      ? table(t.missed, [t.standard, t.timesMissed, t.worst, t.case, ''], missed, { id: 'missed' })
      : el('p', t.noErrors),
  );
  await chart(holder, data.curve).catch(() => holder.remove());
  void lang;
}
