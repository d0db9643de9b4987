/** The languages of the simulator. Spanish (Peru) is primary. */
export const languages = ['es', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
