// Words of the instructor pages, Spanish (Peru) first, English second.
// The language comes from ?lang=en|es, then the browser; the page's button switches it.
export const text = {
  es: {
    title: 'Primer Contacto — Aula del instructor',
    setupTitle: 'Primer Contacto — Crear la cuenta del instructor',
    setupIntro:
      'Este enlace sirve una sola vez. Elija su usuario y una frase de acceso de al menos 10 caracteres.',
    repeat: 'Repita la frase de acceso',
    mismatch: 'Las dos frases no coinciden.',
    create: 'Crear la cuenta',
    username: 'Usuario',
    passphrase: 'Frase de acceso',
    signIn: 'Ingresar',
    signOut: 'Salir',
    signedInAs: 'Sesión de',
    badCredentials: 'Usuario o frase de acceso incorrectos.',
    tooMany: 'Demasiados intentos. Espere un minuto.',
    failed: 'No se pudo completar:',
    classes: 'Sus aulas',
    noClasses: 'Aún no tiene aulas.',
    newClass: 'Nombre de la nueva aula',
    createClass: 'Crear aula',
    code: 'Código para los participantes',
    records: 'Registros del aula',
    noRecords: 'Aún no hay registros en esta aula.',
    show: 'Ver registros',
    trainee: 'Participante',
    traineeCode: 'Código/CIP',
    case: 'Caso',
    mode: 'Modo',
    language: 'Idioma',
    status: 'Estado en el servidor',
    witnessed: 'Presenciado',
    score: 'Puntaje (servidor)',
    passed: 'Aprobado',
    ended: 'Terminado',
    practice: 'práctica',
    evaluation: 'evaluación',
    verified: 'verificado',
    altered: 'alterado',
    unverifiable: 'no verificable',
    yes: 'sí',
    no: 'no',
    none: '—',
    other: 'English',
  },
  en: {
    title: 'Primer Contacto — Instructor',
    setupTitle: 'Primer Contacto — Create the instructor account',
    setupIntro: 'This link works once. Choose your username and a passphrase of at least 10 characters.',
    repeat: 'Repeat the passphrase',
    mismatch: 'The two passphrases differ.',
    create: 'Create the account',
    username: 'Username',
    passphrase: 'Passphrase',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    badCredentials: 'Wrong username or passphrase.',
    tooMany: 'Too many attempts. Wait a minute.',
    failed: 'Could not complete:',
    classes: 'Your classes',
    noClasses: 'No classes yet.',
    newClass: 'Name of the new class',
    createClass: 'Create class',
    code: 'Code for the trainees',
    records: 'Records of the class',
    noRecords: 'No records in this class yet.',
    show: 'Show records',
    trainee: 'Trainee',
    traineeCode: 'Code/CIP',
    case: 'Case',
    mode: 'Mode',
    language: 'Language',
    status: 'Server status',
    witnessed: 'Witnessed',
    score: 'Score (server)',
    passed: 'Passed',
    ended: 'Ended',
    practice: 'practice',
    evaluation: 'evaluation',
    verified: 'verified',
    altered: 'altered',
    unverifiable: 'unverifiable',
    yes: 'yes',
    no: 'no',
    none: '—',
    other: 'Español',
  },
};

export function pageLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'es' || asked === 'en') return asked;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'es';
}

/** A new element with text (never markup) and attributes. */
export function el(tag, content = '', attributes = {}) {
  const node = document.createElement(tag);
  if (content) node.textContent = content;
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
}

export function languageSwitch(lang) {
  const other = lang === 'es' ? 'en' : 'es';
  const link = el('a', text[lang].other, { href: `?lang=${other}`, lang: other, class: 'lang' });
  return link;
}
