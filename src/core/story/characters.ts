import type { Localized } from '../protocol/localized.ts';

/** Child (under 12), adolescent (12–17) or adult: what a generic figure and the case card's words follow. */
export type LifeStage = 'child' | 'adolescent' | 'adult';
export type Gender = 'female' | 'male';

/**
 * Who speaks a line (`speaker:` tag). A `child` (the case's child or adolescent) has one
 * portrait per mood. `declared` people come from the story's `cast:` tags (see cast.ts).
 */
export interface Character {
  readonly id: string;
  readonly kind: 'child' | 'adult' | 'officer' | 'narrator';
  readonly name: Localized;
  readonly stage?: LifeStage;
  readonly gender?: Gender;
  readonly declared?: true;
}

const child = (id: string, name: string, stage: LifeStage, gender: Gender): Character => ({
  id,
  kind: 'child',
  name: { es: name, en: name },
  stage,
  gender,
});
const adult = (id: string, es: string, en: string): Character => ({ id, kind: 'adult', name: { es, en } });

/** The people every story may use without declaring them (a story declares its own with `cast:`). */
export const characters: readonly Character[] = [
  { id: 'narrator', kind: 'narrator', name: { es: '', en: '' } },
  { id: 'officer', kind: 'officer', name: { es: 'Tú', en: 'You' } },
  child('milagros', 'Milagros', 'child', 'female'),
  child('jhon', 'Jhon', 'child', 'male'),
  child('ana_lucia', 'Ana Lucía', 'child', 'female'),
  child('yesenia', 'Yesenia', 'adolescent', 'female'),
  child('diego', 'Diego', 'adolescent', 'male'),
  child('kevin', 'Kevin', 'adolescent', 'male'),
  child('rosa', 'Rosa', 'adolescent', 'female'),
  child('yanet', 'Yanet', 'child', 'female'),
  adult('carmen', 'Carmen (mamá de Milagros)', 'Carmen (Milagros’s mother)'),
  adult('stepfather', 'Wilber (pareja de Carmen)', 'Wilber (Carmen’s partner)'),
  adult('lucy', 'Lucy (mamá de Jhon)', 'Lucy (Jhon’s mother)'),
  adult('serenazgo', 'Sereno Quispe', 'Guard Quispe (serenazgo)'),
  adult('uncle', 'Hombre que dice ser el tío', 'Man who says he is the uncle'),
  adult('mama_rosa', 'Rosa (mamá de Ana Lucía)', 'Rosa (Ana Lucía’s mother)'),
  adult('cousin', 'Hombre que dice ser el primo', 'Man who says he is the cousin'),
  adult('interpreter_ashaninka', 'Intérprete de asháninka', 'Asháninka interpreter'),
  adult('interpreter_quechua', 'Intérprete de quechua', 'Quechua interpreter'),
  adult('patricia', 'Patricia (mamá de Diego)', 'Patricia (Diego’s mother)'),
  adult('grandmother', 'Doña Juana (abuela de Kevin)', 'Doña Juana (Kevin’s grandmother)'),
  adult('defender', 'Defensora pública', 'Public defender'),
  adult('gladys', 'Gladys (mamá de Rosa)', 'Gladys (Rosa’s mother)'),
  adult('online_man', 'Hombre que conoció en línea', 'Man she met online'),
  adult('teacher', 'Profesora Elena', 'Teacher Elena'),
  adult('aunt', 'Tía de Yanet', 'Yanet’s aunt'),
  adult('reporter', 'Reportero', 'Reporter'),
  adult('colleague_f', 'Suboficial Huamán', 'Officer Huamán'),
  adult('colleague_m', 'Suboficial Ramos', 'Officer Ramos'),
  adult('commander', 'Comisario', 'Station commander'),
];

export const characterIds = characters.map((c) => c.id);

export function characterWithId(id: string): Character | undefined {
  return characters.find((c) => c.id === id);
}
