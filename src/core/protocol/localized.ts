/** A user-facing text in both languages of the simulator. Spanish (Peru) is primary. */
export interface Localized {
  readonly es: string;
  readonly en: string;
}
