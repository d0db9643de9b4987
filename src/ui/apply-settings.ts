import type { Settings } from '../session/settings.ts';

/** Applies the visual settings to the document root (CSS reads them). */
export function applySettings(root: HTMLElement, settings: Settings): void {
  root.lang = settings.lang === 'es' ? 'es-PE' : 'en';
  root.style.setProperty('--text-scale', String(settings.textSize / 100));
  // From 150 % the case reflows to one column, the picture above the text, as on a phone.
  root.classList.toggle('large-text', settings.textSize >= 150);
  root.classList.toggle('high-contrast', settings.highContrast);
  root.classList.toggle('reduced-motion', settings.reducedMotion);
}
