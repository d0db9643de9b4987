/** Colours of the cast beyond the shared palette: hair, skin, police uniform, and shading maths. */
import { P } from '../palette.ts';
import { clamp } from './shapes.ts';

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}
function toHex(c: readonly number[]): string {
  const s = c
    .map((v) =>
      Math.round(clamp(v, 0, 255))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
  return s[0] === s[1] && s[2] === s[3] && s[4] === s[5] ? `#${s[0]}${s[2]}${s[4]}` : `#${s}`;
}
export const darken = (c: string, t: number): string => toHex(rgb(c).map((v) => v * (1 - t)));
export const lighten = (c: string, t: number): string => toHex(rgb(c).map((v) => v + (255 - v) * t));

export const HAIR = {
  black: '#1b1410',
  dark: '#2a1c14',
  brown: '#3d281b',
  grey: '#a19a92',
  greying: '#5d5650',
};
export const SKIN = {
  s1: '#e6b68e',
  s2: '#d6a074',
  s3: '#c68b5e',
  s4: '#b57a4e',
  s5: '#a56b42',
  s6: '#8e5a36',
  s7: '#74462a',
};
export const POLICE = { shirt: P.leaf, trousers: P.pine, dark: P.pineDeep };
