// The one-time setup page: creates the first instructor account, then opens the instructor page.
import { el, languageSwitch, pageLanguage, text } from './page-text.js';

const lang = pageLanguage();
const t = text[lang];
document.documentElement.lang = lang === 'es' ? 'es-PE' : 'en';
document.title = t.setupTitle;
const token = decodeURIComponent(location.pathname.split('/').pop() ?? '');
const page = document.getElementById('page');
const form = el('form');
const input = (label, name, type, autocomplete) => {
  const wrap = el('label', label);
  wrap.append(el('input', '', { name, type, required: '', autocomplete }));
  return wrap;
};
form.append(
  input(t.username, 'username', 'text', 'username'),
  input(t.passphrase, 'passphrase', 'password', 'new-password'),
  input(t.repeat, 'repeat', 'password', 'new-password'),
  el('button', t.create, { type: 'submit' }),
);
const note = el('p', '', { class: 'error', role: 'alert' });
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  if (data.get('passphrase') !== data.get('repeat')) return void (note.textContent = t.mismatch);
  const response = await fetch('/api/setup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, username: data.get('username'), passphrase: data.get('passphrase') }),
  });
  if (response.status === 201) return void location.assign(`/instructor/?lang=${lang}`);
  const answer = await response.json().catch(() => ({}));
  note.textContent = `${t.failed} ${answer.reason ?? response.status}`;
});
page.replaceChildren(languageSwitch(lang), el('h1', t.setupTitle), el('p', t.setupIntro), form, note);
