import type { Localized } from './localized.ts';

/** The eight competencies, one per phase of care at a station (STANDARDS.md). */
export const competencies = ['REC', 'ENV', 'COM', 'DIS', 'PRO', 'REF', 'DOC', 'CLO'] as const;
export type Competency = (typeof competencies)[number];

export const competencyTitles: Readonly<Record<Competency, Localized>> = {
  REC: { es: 'Recepción y primer contacto', en: 'Reception and first contact' },
  ENV: { es: 'Entorno seguro', en: 'Safe environment' },
  COM: { es: 'Comunicación y confianza', en: 'Communication and rapport' },
  DIS: { es: 'Escucha sin revictimizar', en: 'Listening without revictimising' },
  PRO: { es: 'Protección inmediata', en: 'Immediate protection' },
  REF: { es: 'Procedimiento y derivación', en: 'Procedure and referral' },
  DOC: { es: 'Registro y confidencialidad', en: 'Record and confidentiality' },
  CLO: { es: 'Cierre y próximos pasos', en: 'Closure and next steps' },
};
