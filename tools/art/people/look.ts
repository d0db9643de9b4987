/** What a character's look is made of: the parameters every figure is drawn from. */
import type { MoodId } from '../../../src/core/story/vocabulary.ts';

export type Mood = MoodId | 'neutral';
export type Side = -1 | 1;

export type HairStyle =
  | 'short'
  | 'fade'
  | 'side'
  | 'receding'
  | 'curly'
  | 'bob'
  | 'long'
  | 'ponytail'
  | 'bun'
  | 'lowbun'
  | 'pigtails'
  | 'braids'
  | 'shoulder';
export type TopKind =
  | 'tee'
  | 'polo'
  | 'blouse'
  | 'hoodie'
  | 'sweater'
  | 'shirt'
  | 'zip'
  | 'jacket'
  | 'cardigan'
  | 'blazer'
  | 'tunic'
  | 'uniform';
export type BottomKind = 'pants' | 'skirt' | 'pollera' | 'none';
export type Extra =
  | 'beard'
  | 'bruise'
  | 'bandageHand'
  | 'bandageLip'
  | 'glasses'
  | 'moustache'
  | 'wrinkles'
  | 'earrings'
  | 'bangs'
  | 'lliclla'
  | 'hat'
  | 'policeCap'
  | 'commandCap'
  | 'guardCap'
  | 'vest'
  | 'apron'
  | 'belt'
  | 'camera'
  | 'folder'
  | 'notebook'
  | 'bag'
  | 'necklace'
  | 'badge';

export interface Look {
  readonly age: number; // 18+ draws an adult
  readonly sex: 'f' | 'm';
  readonly skin: string;
  readonly hair: HairStyle;
  readonly hairColor: string;
  readonly hairAccent?: string; // ribbons, hair ties, tassels
  readonly top: TopKind;
  readonly topColor: string;
  readonly inner?: string; // shirt showing under a jacket, cardigan or sweater
  readonly accent?: string; // stripes and woven bands
  readonly accent2?: string;
  readonly sleeves?: 'short' | 'long';
  readonly bottom: BottomKind;
  readonly bottomColor: string;
  readonly bottomAccent?: string;
  readonly skirtLength?: number; // 0 at the knee … 1 at the ankle
  readonly legs?: string; // tights or leggings under a skirt
  readonly shoes: string;
  readonly build?: number; // width, 1 = average
  readonly height?: number; // adults: fraction of the 800 px box
  readonly jaw?: number; // half-width of the chin curve in head units
  readonly face?: number; // half face width in head units (default 42 child, 41 man, 39 woman)
  readonly nose?: number;
  readonly extras?: readonly Extra[];
  readonly bg?: string; // portrait background
}
