// One attempt, step by step: story text, options offered (compliant marked), the one
// chosen, verdicts with reasons and sources in the viewer's language, the compliant
// alternative, trust and distress; comments on any step; an override kept beside the
// computed result.
import {
  api,
  getData,
  caseTitle,
  dateTime,
  el,
  failure,
  frame,
  lang,
  link,
  t,
  withLang,
  yesNo,
} from './dashboard-dom.js';

function overrideForm(data, redraw) {
  const form = el('form', '', { class: 'override', 'aria-labelledby': 'override-title' });
  const passed = el('select', '', { name: 'passed' });
  passed.append(el('option', t.yes, { value: 'true' }), el('option', t.no, { value: 'false' }));
  const score = el('input', '', { type: 'number', name: 'overall', min: '0', max: '100' });
  const reason = el('textarea', '', { name: 'reason', required: '', rows: '2', maxlength: '1000' });
  const note = el('p', '', { role: 'status' });
  form.append(
    el('label', [t.overridePassed, passed]),
    el('label', [t.overrideScore, score]),
    el('label', [t.reason, reason]),
    el('button', t.save, { type: 'submit' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      passed: passed.value === 'true',
      reason: reason.value,
      overall: score.value === '' ? null : Number(score.value),
    };
    const r = await api(
      'POST',
      `/api/dashboard/attempts/${encodeURIComponent(data.recordId)}/overrides`,
      body,
    );
    if (r.status === 201) await redraw();
    else note.textContent = `${t.failed} ${r.data.reason ?? r.status}`;
  });
  return [form, note];
}

function commentsOf(data, step, redraw) {
  const box = el('div', '', { class: 'comments' });
  const own = data.comments.filter((c) => c.step === step);
  if (own.length) {
    const list = el('ul', '', { 'aria-label': t.comments });
    for (const c of own)
      list.append(el('li', `${c.author} (${dateTime(c.createdAt)}): ${c.body}`, { class: 'comment' }));
    box.append(list);
  }
  const form = el('form', '', { class: 'comment-form no-print' });
  const field = el('textarea', '', {
    name: 'body',
    rows: '2',
    required: '',
    maxlength: '2000',
    id: `comment-${step}`,
  });
  const note = el('p', '', { role: 'status' });
  form.append(
    el('label', t.addComment, { for: `comment-${step}` }),
    field,
    el('button', t.send, { type: 'submit' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const r = await api('POST', `/api/dashboard/attempts/${encodeURIComponent(data.recordId)}/comments`, {
      step,
      body: field.value,
    });
    if (r.status === 201) await redraw(`comment-${step}`);
    else note.textContent = `${t.failed} ${r.data.reason ?? r.status}`;
  });
  box.append(form, note);
  return box;
}

function verdictItem(v) {
  const item = el('li', '', { class: `verdict ${v.outcome}` });
  item.append(
    el('strong', `${v.standard} — ${t[v.outcome] ?? v.outcome} (${t[v.severity] ?? v.severity})`),
    ' ',
    el('span', `${v.title}. ${v.reason}`),
  );
  if (v.alternatives.length)
    item.append(
      el('p', `${t.alternative}: ${v.alternatives.map((a) => a.text).join(' / ')}`, {
        class: 'alternative',
      }),
    );
  if (v.sources.length) {
    const s = el('details');
    s.append(el('summary', t.sources));
    const list = el('ul');
    for (const src of v.sources) {
      const li = el('li', `${src.key}: ${src.title} `);
      if (src.urls[0])
        li.append(el('a', src.urls[0], { href: src.urls[0], rel: 'noreferrer noopener', target: '_blank' }));
      list.append(li);
    }
    s.append(list);
    item.append(s);
  }
  return item;
}

export async function show(recordId, focus) {
  const { status, data } = await getData(
    `/api/dashboard/attempts/${encodeURIComponent(recordId)}?lang=${lang}`,
  );
  if (status !== 200) return failure(frame(t.attempt), status, data);
  const main = frame(`${t.attempt}: ${data.trainee.name}`, data.class);
  const redraw = (id) => show(recordId, id);
  const summary = el('dl', '', { class: 'summary' });
  const pairs = [
    [
      t.trainee,
      link(
        withLang(
          `/instructor/dashboard/c/${encodeURIComponent(data.class.id)}/trainee/${encodeURIComponent(data.trainee.id)}`,
        ),
        `${data.trainee.name} (${data.trainee.code})`,
      ),
    ],
    [t.case, caseTitle([], data.caseId)],
    [t.mode, data.mode === 'evaluation' ? t.evaluation : t.practice],
    [t.when, dateTime(data.endedAt)],
    [t.status, t[data.status] ?? data.status],
    [t.witnessed, yesNo(data.witnessed)],
    [t.computed, `${data.server.overall ?? t.none} · ${t.passed}: ${yesNo(data.server.passed)}`],
  ];
  for (const [k, v] of pairs) summary.append(el('dt', k), el('dd', v));
  main.append(
    summary,
    link(`/api/dashboard/attempts/${encodeURIComponent(recordId)}/record.json`, t.recordFile, {
      download: '',
    }),
  );

  const o = el('section', '', { class: 'override-box' });
  o.append(el('h2', t.overrideTitle, { id: 'override-title' }));
  if (data.overrides.length) {
    const list = el('ul', '', { id: 'overrides' });
    for (const x of data.overrides) list.append(el('li', `${t.overrideBy(x)} (${dateTime(x.createdAt)})`));
    o.append(list);
  }
  o.append(...overrideForm(data, redraw));
  main.append(o);

  if (!data.steps) {
    main.append(el('p', `${t.notReplayable} ${data.problem ?? ''}`, { class: 'error' }));
    main.append(commentsOf(data, 0, redraw));
  } else
    for (const s of data.steps) {
      const section = el('section', '', {
        class: 'step',
        id: `step-${s.step}`,
        'aria-labelledby': `step-title-${s.step}`,
      });
      section.append(
        el('h2', s.chosen === null ? t.endStep : t.decision(s.step + 1), { id: `step-title-${s.step}` }),
      );
      const story = el('div', '', { class: 'story' });
      for (const line of s.lines) {
        const p = el('p');
        if (line.speaker) p.append(el('b', `${line.speaker}: `));
        p.append(line.text);
        story.append(p);
      }
      section.append(story);
      if (s.options.length) {
        const list = el('ol', '', { class: 'options', 'aria-label': t.offered });
        for (const opt of s.options) {
          const marks = [
            opt.index === s.chosen ? `▶ ${t.chosen}` : '',
            opt.compliant ? t.compliantMark : t.notCompliant,
          ]
            .filter(Boolean)
            .join(' · ');
          list.append(
            el(
              'li',
              [el('span', opt.text), el('span', ` — ${marks}`, { class: opt.compliant ? 'ok' : 'bad' })],
              { class: opt.index === s.chosen ? 'chosen' : '' },
            ),
          );
        }
        section.append(el('h3', t.offered), list);
      }
      if (s.before) section.append(el('p', t.trustDistress(s.before, s.after), { class: 'levels' }));
      if (s.verdicts.length) {
        const list = el('ul', '', { class: 'verdicts', 'aria-label': t.verdicts });
        s.verdicts.forEach((v) => list.append(verdictItem(v)));
        section.append(el('h3', t.verdicts), list);
      }
      section.append(el('h3', t.comments), commentsOf(data, s.step, redraw));
      main.append(section);
    }
  if (focus) document.getElementById(focus)?.focus();
}
