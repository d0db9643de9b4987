import type { Language } from '../core/language.ts';

/** What the installable, offline app tells the trainee: an update, offline readiness, kept data. */
const es = {
  updateReady:
    'Hay una nueva versión de Primer Contacto. Actualizar recarga la página; su avance está guardado.',
  updateNow: 'Actualizar ahora',
  updating: 'Actualizando…',
  updatedElsewhere:
    'Primer Contacto se actualizó en otra pestaña. Recargue esta página para usar la nueva versión.',
  reloadNow: 'Recargar ahora',
  offlineReady: 'Listo: Primer Contacto ya funciona sin conexión en este navegador, con todos los casos.',
  keepDataRefused:
    'El navegador no se comprometió a conservar los datos de este sitio: si le falta espacio podría borrar sus casos guardados y sus registros. Instale la aplicación (menú del navegador → Instalar) y, si puede, exporte sus registros.',
  dismiss: 'Entendido',
};

const en: typeof es = {
  updateReady:
    'A new version of Primer Contacto is ready. Updating reloads the page; your progress is saved.',
  updateNow: 'Update now',
  updating: 'Updating…',
  updatedElsewhere: 'Primer Contacto was updated in another tab. Reload this page to use the new version.',
  reloadNow: 'Reload now',
  offlineReady: 'Ready: Primer Contacto now works offline in this browser, with every case.',
  keepDataRefused:
    'The browser did not promise to keep this site’s data: when short of space it could delete your saved cases and records. Install the app (browser menu → Install) and, if you can, export your records.',
  dismiss: 'Got it',
};

export type OfflineStrings = typeof es;

export function offlineStrings(lang: Language): OfflineStrings {
  return lang === 'en' ? en : es;
}
