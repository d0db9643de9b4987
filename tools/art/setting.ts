/**
 * The look a place is drawn in: where the station is (Lima, the highlands at 3,800 m, an Amazonian
 * post) and whether it is day or night. Places read it while they draw, so one place function
 * draws every look (generate.ts sets it per file). The same ids as src/scenes/case-settings.ts.
 */
import { P } from './palette.ts';
import { circle, poly, rect, rng, stroke } from './svg.ts';

export type Region = 'lima' | 'highland' | 'amazon';
export type Light = 'day' | 'night';
export interface ArtSetting {
  readonly region: Region;
  readonly light: Light;
}

export const LimaDay: ArtSetting = { region: 'lima', light: 'day' };
/** Every look drawn besides the plain Lima day (the file name is `${region}-${light}`). */
export const otherLooks: readonly ArtSetting[] = [
  { region: 'lima', light: 'night' },
  { region: 'highland', light: 'day' },
  { region: 'amazon', light: 'night' },
];

let current: ArtSetting = LimaDay;

export function drawIn<T>(setting: ArtSetting, draw: () => T): T {
  const before = current;
  current = setting;
  try {
    return draw();
  } finally {
    current = before;
  }
}

export const setting = (): ArtSetting => current;
export const isPlainDay = (): boolean => current.region === 'lima' && current.light === 'day';

const NightSky = '#1b2a44';
const HighlandSky = '#7fb6e6';
const AmazonNight = '#142a2a';

/** The colour seen through glass: pale daylight, deep Andean blue, or night. */
export function skyFill(): string {
  if (current.light === 'night') return current.region === 'amazon' ? AmazonNight : NightSky;
  return current.region === 'highland' ? HighlandSky : P.skyPale;
}

/** Gradient stops for a window's `#sky` gradient. */
export function skyStops(day: [number, string][]): [number, string][] {
  if (isPlainDay()) return day;
  const top = skyFill();
  return [
    [0, top],
    [1, current.light === 'night' ? P.slate : P.skyPale],
  ];
}

/** What is seen outside through a window or glass door at x,y (w×h): city, mountains or forest; lights and rain at night. */
export function outsideView(x: number, y: number, w: number, h: number, seed = 1): string[] {
  const r = rng(seed);
  const out: string[] = [];
  const { region, light } = current;
  if (region === 'lima') {
    const colour = light === 'night' ? P.ink : P.fog;
    for (let bx = x; bx < x + w; bx += w / 4) {
      const bh = h * (0.3 + r() * 0.35);
      out.push(rect(bx, y + h - bh, w / 4 - 4, bh, colour, { opacity: light === 'night' ? 0.9 : 0.45 }));
      if (light === 'night')
        for (let k = 0; k < 3; k++)
          out.push(
            rect(bx + 6 + r() * (w / 4 - 20), y + h - bh + 8 + r() * (bh - 20), 8, 8, P.sun, {
              opacity: 0.8,
            }),
          );
    }
    if (light === 'night')
      out.push(circle(x + w * 0.8, y + h * 0.2, Math.min(w, h) * 0.07, P.cream, { opacity: 0.85 }));
  } else if (region === 'highland') {
    out.push(
      poly(
        [
          x,
          y + h,
          x,
          y + h * 0.55,
          x + w * 0.3,
          y + h * 0.2,
          x + w * 0.55,
          y + h * 0.5,
          x + w * 0.8,
          y + h * 0.15,
          x + w,
          y + h * 0.4,
          x + w,
          y + h,
        ],
        P.woodDark,
        { opacity: 0.85 },
      ),
    );
    out.push(
      poly([x + w * 0.24, y + h * 0.29, x + w * 0.3, y + h * 0.2, x + w * 0.36, y + h * 0.28], P.white),
    );
    out.push(
      poly([x + w * 0.74, y + h * 0.24, x + w * 0.8, y + h * 0.15, x + w * 0.86, y + h * 0.23], P.white),
    );
    out.push(rect(x, y + h * 0.82, w, h * 0.18, P.sand));
    out.push(rect(x + w * 0.1, y + h * 0.68, w * 0.22, h * 0.16, P.terracotta));
    out.push(
      poly([x + w * 0.08, y + h * 0.69, x + w * 0.21, y + h * 0.6, x + w * 0.34, y + h * 0.69], P.cocoa),
    );
  } else {
    for (let k = 0; k < 5; k++) {
      const tx = x + (k + 0.3) * (w / 5);
      out.push(rect(tx - 3, y + h * 0.45, 6, h * 0.55, P.pineDeep));
      out.push(poly([tx, y + h * 0.35, tx - w * 0.09, y + h * 0.5, tx + w * 0.09, y + h * 0.5], P.pineDeep));
      out.push(poly([tx, y + h * 0.4, tx - w * 0.1, y + h * 0.42, tx, y + h * 0.47], P.pine));
    }
    out.push(rect(x, y + h * 0.88, w, h * 0.12, P.cocoa));
  }
  if (region === 'amazon') {
    const drops: string[] = [];
    for (let k = 0; k < Math.round(w / 10); k++) {
      const dx = x + r() * w;
      const dy = y + r() * (h - 24);
      drops.push(`M${Math.round(dx)} ${Math.round(dy)}l-6 18`);
    }
    out.push(stroke(drops.join(''), P.skyPale, 2, { opacity: 0.55 }));
  }
  return out;
}

/** Laid over a whole place drawn at night: the room lit by tubes, a little colder. */
export function nightOverlay(): string {
  return current.light === 'night' ? rect(0, 0, 1600, 900, '#0b1630', { opacity: 0.16 }) : '';
}

/** The wall of the region: adobe in the highlands, wooden planks at the Amazonian post. */
export function regionWall(top: number, bottom: number): string[] {
  if (current.region === 'highland') {
    const out = [rect(0, top, 1600, bottom - top, P.apricot, { opacity: 0.22 })];
    const lines: string[] = [];
    for (let y = top + 40; y < bottom; y += 40) lines.push(`M0 ${y}H1600`);
    out.push(stroke(lines.join(''), P.woodDark, 2, { opacity: 0.12 }));
    return out;
  }
  if (current.region === 'amazon') {
    const lines: string[] = [];
    for (let x = 30; x < 1600; x += 60) lines.push(`M${x} ${top}V${bottom}`);
    return [
      rect(0, top, 1600, bottom - top, P.wood, { opacity: 0.28 }),
      stroke(lines.join(''), P.woodDark, 3, { opacity: 0.25 }),
    ];
  }
  return [];
}
