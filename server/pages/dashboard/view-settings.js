// Settings of a class: pass threshold, assigned cases (trainees see them first), evaluation windows.
import { api, el, failure, frame, lang, t } from './dashboard-dom.js';

const day = (ms) => new Date(ms).toISOString().slice(0, 10);

export async function show(classId) {
  const id = encodeURIComponent(classId);
  const { status, data } = await api('GET', `/api/dashboard/classes/${id}/settings`);
  if (status !== 200) return failure(frame(t.settings), status, data);
  const main = frame(t.settings, data.class);
  const form = el('form', '', { class: 'settings', id: 'settings' });
  const threshold = el('input', '', {
    type: 'number',
    name: 'passThreshold',
    min: '0',
    max: '100',
    required: '',
  });
  threshold.value = String(data.settings.passThreshold);
  const assigned = el('fieldset');
  assigned.append(el('legend', t.assigned));
  for (const c of data.cases) {
    const box = el('input', '', { type: 'checkbox', name: 'assigned', value: c.caseId });
    box.checked = data.settings.assignedCases.includes(c.caseId);
    assigned.append(el('label', [box, ` ${c.title[lang]}`], { class: 'check' }));
  }
  const windows = el('fieldset');
  windows.append(el('legend', t.windows));
  const list = el('div');
  const addRow = (w = { from: Date.now(), to: Date.now() + 7 * 86_400_000 }) => {
    const row = el('div', '', { class: 'window' });
    const which = el('select', '', { name: 'w-case' });
    which.append(el('option', t.anyCase, { value: '' }));
    for (const c of data.cases) which.append(el('option', c.title[lang], { value: c.caseId }));
    which.value = w.caseId ?? '';
    const from = el('input', '', { type: 'date', name: 'w-from', required: '' });
    const to = el('input', '', { type: 'date', name: 'w-to', required: '' });
    from.value = day(w.from);
    to.value = day(w.to);
    const remove = el('button', t.remove, { type: 'button', class: 'secondary' });
    remove.addEventListener('click', () => row.remove());
    row.append(
      el('label', [t.windowCase, which]),
      el('label', [t.from, from]),
      el('label', [t.to, to]),
      remove,
    );
    list.append(row);
  };
  data.settings.windows.forEach(addRow);
  const add = el('button', t.addWindow, { type: 'button', class: 'secondary' });
  add.addEventListener('click', () => addRow());
  windows.append(list, add);
  const note = el('p', '', { role: 'status', id: 'settings-note' });
  form.append(
    el('label', [t.passThreshold, threshold]),
    assigned,
    windows,
    el('button', t.save, { type: 'submit' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      passThreshold: Number(threshold.value),
      assignedCases: [...form.querySelectorAll('input[name=assigned]:checked')].map((b) => b.value),
      windows: [...list.querySelectorAll('.window')].map((row) => {
        const caseId = row.querySelector('select').value;
        const [from, to] = [...row.querySelectorAll('input[type=date]')].map((i) => i.value);
        return {
          ...(caseId ? { caseId } : {}),
          from: Date.parse(`${from}T00:00:00`),
          to: Date.parse(`${to}T23:59:59.999`),
        };
      }),
    };
    const r = await api('PUT', `/api/dashboard/classes/${id}/settings`, body);
    note.textContent = r.status === 200 ? t.saved : `${t.failed} ${r.data.reason ?? r.status}`;
  });
  main.append(form, note);
}
