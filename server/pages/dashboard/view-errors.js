// What the class gets wrong: heat map of standards × cases with numbers and worst
// severity, and the item analysis of one case (share per option, compliant marked).
import {
  api,
  getData,
  caseTitle,
  el,
  failure,
  filterForm,
  filterQuery,
  frame,
  lang,
  t,
  table,
  drawn,
} from './dashboard-dom.js';

const heatClass = (cell) => {
  if (!cell || cell.violated === 0) return 'heat-0';
  const share = cell.violated / Math.max(1, cell.judged);
  return share >= 0.66 ? 'heat-3' : share >= 0.33 ? 'heat-2' : 'heat-1';
};

export async function show(classId) {
  const id = encodeURIComponent(classId);
  const { status, data } = await getData(`/api/dashboard/classes/${id}/errors${filterQuery({ lang })}`);
  performance.mark('pc-data');
  if (status !== 200) return failure(frame(t.errors), status, data);
  const main = frame(t.errors, data.class);
  main.append(
    filterForm(data.cases, () => show(classId)),
    el('p', t.shownAttempts(data.attempts)),
  );
  const cases = data.cases.filter((c) => data.heatMap.some((r) => r.cells[c.caseId]));
  if (data.heatMap.length === 0) main.append(el('p', t.noErrors));
  else {
    const rows = data.heatMap.map((r) => [
      r.standard,
      ...cases.map((c) => {
        const cell = r.cells[c.caseId];
        if (!cell) return { content: t.none, attrs: { class: 'heat-none' } };
        const worst = cell.worst ? ` · ${t[cell.worst]}` : '';
        return {
          content: `${cell.violated}/${cell.judged}${worst}`,
          attrs: { class: `${heatClass(cell)} ${cell.worst ?? ''}` },
        };
      }),
      String(r.total),
    ]);
    main.append(
      el(
        'div',
        table(
          t.heatCaption,
          [t.standard, ...cases.map((c) => caseTitle(data.cases, c.caseId)), t.total],
          rows,
          { id: 'heatmap' },
        ),
        { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': t.heatCaption },
      ),
    );
  }
  const section = el('section', '', { 'aria-labelledby': 'items-title' });
  section.append(el('h2', t.items, { id: 'items-title' }), el('p', t.itemsIntro));
  const pick = el('select', '', { name: 'item-case', id: 'item-case' });
  for (const c of data.cases) pick.append(el('option', c.title[lang], { value: c.caseId }));
  const chosen = new URLSearchParams(location.search).get('case');
  if (chosen) pick.value = chosen;
  const go = el('button', t.show, { type: 'button' });
  const out = el('div', '', { id: 'items', 'aria-live': 'polite' });
  go.addEventListener('click', async () => {
    out.replaceChildren(el('p', t.loading));
    const params = new URLSearchParams(location.search);
    params.set('case', pick.value);
    if (!params.get('language')) params.set('language', lang);
    const r = await api('GET', `/api/dashboard/classes/${id}/items?${params}`);
    if (r.status !== 200)
      return out.replaceChildren(el('p', `${t.failed} ${r.data.reason ?? r.status}`, { class: 'error' }));
    out.replaceChildren(el('p', t.shownAttempts(r.data.attempts)));
    r.data.decisions.forEach((d, i) => {
      const rows = d.options.map((o) => [
        o.text,
        { content: `${o.share} % (${o.chosen})`, attrs: { class: 'num' } },
        {
          content: o.compliant ? t.compliantMark : t.notCompliant,
          attrs: { class: o.compliant ? 'ok' : 'bad' },
        },
      ]);
      const box = el('section', '', { class: 'decision' });
      box.append(
        el('h3', `${t.decision(d.step + 1)} · ${t.reached(d.reached)}`),
        el('p', d.prompt, { class: 'prompt' }),
      );
      box.append(
        table(
          `${t.decision(d.step + 1)} (${i + 1}/${r.data.decisions.length})`,
          [t.option, t.share, t.compliant],
          rows,
        ),
      );
      out.append(box);
    });
  });
  section.append(el('label', [t.case, pick]), ' ', go, out);
  main.append(section);
  if (chosen) go.click();
  drawn();
}
