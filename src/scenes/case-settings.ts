/**
 * Where and when each built-in case happens, as its story's opening lines say. The stories have
 * no tag for it yet (a `# setting:` and `# time:` global tag would replace this table); until
 * they do, each entry quotes the line it is read from.
 */
export type Region = 'lima' | 'highland' | 'amazon';
export type Light = 'day' | 'night';

export interface CaseSetting {
  readonly region: Region;
  readonly light: Light;
  /** The time on the station clock, from the story. */
  readonly clock: { readonly hour: number; readonly minute: number };
}

/** The places are drawn once per look: region and light. */
export type PlaceLook = `${Region}-${Light}`;
export const placeLooks: readonly PlaceLook[] = ['lima-day', 'lima-night', 'highland-day', 'amazon-night'];

const at = (region: Region, light: Light, hour: number, minute: number): CaseSetting => ({
  region,
  light,
  clock: { hour, minute },
});

export const caseSettings: Readonly<Record<string, CaseSetting>> = {
  // «Comisaría Las Palmeras, Lima. Viernes, 17:40.»
  disclosure_8: at('lima', 'day', 17, 40),
  // «Comisaría Villa Esperanza, 23:05. Turno de noche.»
  family_violence_10: at('lima', 'night', 23, 5),
  // «Sábado, once de la mañana. … la comisaría de Villa San Gabriel»
  lost_child_5: at('lima', 'day', 11, 0),
  // «Lunes, 08:00. El turno de día recién empieza.»
  missing_14: at('lima', 'day', 8, 0),
  // «Martes, 10:30. Comisaría de Llaqtapampa, a tres mil ochocientos metros.»
  quechua_11: at('highland', 'day', 10, 30),
  // «Son las cinco de la tarde en la comisaría de San Gabriel.»
  sextortion_13: at('lima', 'day', 17, 0),
  // «Jueves, seis de la tarde. … la comisaría de Los Álamos»
  theft_16: at('lima', 'day', 18, 0),
  // «Son las once y media de la noche en la comisaría de Puerto Aurora. Afuera llueve …»
  trafficking_15: at('amazon', 'night', 23, 30),
};

/** A case not in the table (a new story): a Lima station in the morning. */
export const defaultSetting: CaseSetting = at('lima', 'day', 10, 0);

export function settingOf(caseId: string): CaseSetting {
  return caseSettings[caseId] ?? defaultSetting;
}

export function placeLook(setting: CaseSetting): PlaceLook {
  const look: PlaceLook = `${setting.region}-${setting.light}`;
  return placeLooks.includes(look) ? look : setting.light === 'night' ? 'lima-night' : 'lima-day';
}

/** The URL of a place drawn in a look, relative to the site root (a Lima station by day is the plain place). */
export function placeUrl(scene: string, look: PlaceLook): string {
  return look === 'lima-day' ? `images/places/${scene}.svg` : `images/places/${scene}/${look}.svg`;
}
