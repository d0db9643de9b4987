// Import: record files from PCs that had no network, dropped or chosen (several at once).
// Each file goes to the server as it is; the server re-scores it, merges a duplicate by
// record id, and refuses a corrupt or foreign file with its reason.
import { api, el, failure, frame, t } from './dashboard-dom.js';

export async function show(classId) {
  const id = encodeURIComponent(classId);
  const { status, data } = await api('GET', `/api/dashboard/classes/${id}/settings`);
  if (status !== 200) return failure(frame(t.import), status, data);
  const main = frame(t.import, data.class);
  main.append(el('p', t.importIntro));
  const input = el('input', '', {
    type: 'file',
    multiple: '',
    accept: '.json,application/json',
    id: 'import-files',
  });
  const zone = el('div', t.dropHere, { class: 'dropzone', id: 'dropzone' });
  const results = el('ul', '', { id: 'import-results', 'aria-live': 'polite' });
  async function send(files) {
    for (const file of files) {
      const item = el('li', `${file.name}: ${t.loading}`);
      results.append(item);
      const r = await api(
        'POST',
        `/api/dashboard/classes/${id}/import`,
        await file.arrayBuffer(),
        'application/octet-stream',
      );
      const ok = r.status === 201 || r.status === 200;
      item.textContent = `${file.name}: ${ok ? (r.data.result === 'merged' ? t.importMerged(r.data) : t.importStored(r.data)) : t.importRefused(r.data.reason ?? r.status)}`;
      item.className = ok ? 'ok' : 'bad';
    }
  }
  input.addEventListener('change', () => send([...input.files]));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    void send([...(event.dataTransfer?.files ?? [])]);
  });
  main.append(el('label', [t.chooseFiles, input]), zone, results);
}
