// Typed questions (issue 15): the classifier's agreement with the class's instructors, the
// re-codings as labelled data (TSV), and every typed question with a select to re-code it.
import {
  api,
  caseTitle,
  dateTime,
  drawn,
  el,
  failure,
  frame,
  getData,
  lang,
  link,
  t,
  table,
  withLang,
} from './dashboard-dom.js';
import { typedWords } from './typed-text.js';

const w = typedWords[lang];

/** The agreement figures: counts, the two shares, kappa, and the most frequent disagreements. */
function agreementBox(a) {
  const box = el('section', '', { id: 'typed-agreement', 'aria-labelledby': 'typed-agreement-title' });
  const dl = el('dl', '', { class: 'summary' });
  for (const [name, value, key] of [
    [w.questions, String(a.questions), 'questions'],
    [w.recoded, String(a.recoded), 'recoded'],
    [w.sevenTypes, w.pct(a.sevenTypes), 'seven-types'],
    [w.recommended, w.pct(a.recommended), 'recommended'],
    [w.kappa, w.num(a.kappa), 'kappa'],
  ])
    dl.append(el('dt', name), el('dd', value, { 'data-figure': key }));
  box.append(el('h2', w.agreementTitle, { id: 'typed-agreement-title' }), dl);
  if (a.confusions.length === 0) box.append(el('p', w.noConfusions));
  else
    box.append(
      table(
        w.confusionsCaption,
        [w.classifierRead, w.instructorSaid, w.times],
        a.confusions.map((c) => [
          w.types[c.classifier],
          w.types[c.instructor],
          { content: String(c.count), attrs: { class: 'num' } },
        ]),
        { id: 'typed-confusions' },
      ),
    );
  if ((a.byVersion ?? []).length > 1)
    box.append(
      table(
        w.byVersionCaption,
        [w.version, w.questions, w.recoded, w.sevenTypes, w.recommended],
        a.byVersion.map((b) => [
          b.version,
          String(b.agreement.questions),
          String(b.agreement.recoded),
          w.pct(b.agreement.sevenTypes),
          w.pct(b.agreement.recommended),
        ]),
        { id: 'typed-versions' },
      ),
    );
  return box;
}

const stateText = (q) =>
  !q.recoding ? w.notYet : q.recoding.type === q.classified ? w.agrees(q.recoding) : w.differs(q.recoding);

export async function show(classId) {
  const id = encodeURIComponent(classId);
  const { status, data } = await getData(`/api/dashboard/classes/${id}/typed-questions`);
  performance.mark('pc-data');
  if (status !== 200) return failure(frame(t.typed), status, data);
  const main = frame(t.typed, data.class);
  let agreement = agreementBox(data.agreement);
  const downloads = el('ul', '', { id: 'typed-downloads', 'aria-label': w.downloads });
  for (const l of ['es', 'en'])
    downloads.append(
      el(
        'li',
        link(`/api/dashboard/classes/${id}/export/typed-questions.tsv?language=${l}`, w.tsv(l), {
          download: '',
        }),
      ),
    );
  main.append(el('p', w.intro), agreement, downloads);
  if (data.questions.length === 0) {
    main.append(el('p', w.none));
    return drawn();
  }

  const params = new URLSearchParams(location.search);
  const pick = (name, label, options, value) => {
    const s = el('select', '', { name, id: `typed-${name}` });
    for (const [v, text] of options) s.append(el('option', text, { value: v }));
    s.value = value ?? '';
    return { s, label: el('label', [label, s]) };
  };
  const askedCases = new Set(data.questions.map((q) => q.caseId));
  const byCase = pick(
    'case',
    t.case,
    [
      ['', t.anyCase],
      ...data.cases.filter((c) => askedCases.has(c.caseId)).map((c) => [c.caseId, c.title[lang]]),
    ],
    params.get('case'),
  );
  const byState = pick(
    'show',
    w.show,
    [
      ['', w.all],
      ['pending', w.pending],
      ['disagree', w.disagree],
    ],
    params.get('show'),
  );
  const filters = el('form', '', { class: 'filters', 'aria-label': t.filters });
  filters.append(byCase.label, byState.label);
  filters.addEventListener('submit', (event) => event.preventDefault());
  const note = el('p', '', { role: 'status', id: 'typed-note' });
  const holder = el('div', '', { class: 'scroll', tabindex: '0', role: 'region' });

  const shown = (q) =>
    (!byCase.s.value || q.caseId === byCase.s.value) &&
    (byState.s.value !== 'pending' || !q.recoding) &&
    (byState.s.value !== 'disagree' || (q.recoding && q.recoding.type !== q.classified));

  function row(q) {
    const select = el('select', '', { name: 'type', 'aria-label': w.typeOf(q.text) });
    for (const type of data.types) select.append(el('option', w.types[type], { value: type }));
    select.value = q.recoding?.type ?? q.classified;
    const comment = el('input', '', {
      type: 'text',
      name: 'comment',
      maxlength: '300',
      'aria-label': w.commentOf(q.text),
      placeholder: w.comment,
    });
    comment.value = q.recoding?.comment ?? '';
    const state = el('span', stateText(q), { class: 'typed-state' });
    const save = el('button', w.save, { type: 'submit', 'aria-label': w.saveOf(q.text) });
    const form = el('form', [select, comment, save], { class: 'recode' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const r = await api(
        'PUT',
        `/api/dashboard/classes/${id}/typed-questions/${encodeURIComponent(q.recordId)}/${q.step}`,
        { type: select.value, comment: comment.value },
      );
      if (r.status !== 200) {
        note.textContent = `${t.failed} ${r.data.reason ?? r.status}`;
        return;
      }
      q.recoding = r.data.question.recoding;
      state.textContent = stateText(q);
      const next = agreementBox(r.data.agreement);
      agreement.replaceWith(next);
      agreement = next;
      note.textContent = w.saved;
    });
    return [
      q.text,
      caseTitle(data.cases, q.caseId),
      { content: String(q.step + 1), attrs: { class: 'num' } },
      link(withLang(`/instructor/dashboard/attempt/${encodeURIComponent(q.recordId)}`), q.trainee.name, {
        title: dateTime(q.endedAt),
      }),
      `${w.types[q.classified]} (${q.classifierVersion})`,
      w.types[q.chosen],
      form,
      state,
    ];
  }

  function draw() {
    const rows = data.questions.filter(shown);
    const caption = w.listCaption(rows.length, data.questions.length);
    holder.setAttribute('aria-label', caption);
    holder.replaceChildren(
      rows.length === 0
        ? el('p', w.noneShown)
        : table(
            caption,
            [w.question, t.case, w.decision, t.trainee, w.read, w.chosen, w.recode, w.state],
            rows.map(row),
            { id: 'typed-questions' },
          ),
    );
  }
  for (const s of [byCase.s, byState.s])
    s.addEventListener('change', () => {
      const next = new URLSearchParams(location.search);
      for (const [k, v] of [
        ['case', byCase.s.value],
        ['show', byState.s.value],
      ])
        if (v) next.set(k, v);
        else next.delete(k);
      history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
      draw();
    });
  draw();
  main.append(filters, note, holder);
  drawn();
}
