/** The tileable Andean textile pattern behind the interface. */
import { P } from './palette.ts';
import { circle, poly, rect, stroke, svgDoc } from './svg.ts';

/** Low-contrast, seamlessly tileable Andean step pattern (96x96 tile). */
export function textilePattern(): string {
  const S = 96;
  const b: string[] = [];
  b.push(rect(0, 0, S, S, P.cream));
  // stepped diamond (escalonado) centred in the tile
  const step = (cx: number, cy: number, r: number, k: number): number[] => {
    const pts: number[] = [];
    const s = r / k;
    // walk the outline clockwise in k steps per side
    for (let i = 0; i < k; i++) pts.push(cx + i * s, cy - r + i * s, cx + (i + 1) * s, cy - r + i * s);
    for (let i = 0; i < k; i++) pts.push(cx + r - i * s, cy + i * s, cx + r - i * s, cy + (i + 1) * s);
    for (let i = 0; i < k; i++) pts.push(cx - i * s, cy + r - i * s, cx - (i + 1) * s, cy + r - i * s);
    for (let i = 0; i < k; i++) pts.push(cx - r + i * s, cy - i * s, cx - r + i * s, cy - (i + 1) * s);
    return pts;
  };
  b.push(poly(step(48, 48, 28, 4), P.sand, { opacity: 0.75 }));
  b.push(poly(step(48, 48, 14, 2), P.cream));
  b.push(rect(44, 44, 8, 8, P.peach, { opacity: 0.6 }));
  // small diamonds on the left/right edges join into whole ones when tiled
  for (const x of [0, S]) b.push(poly([x, 36, x + 12, 48, x, 60, x - 12, 48], P.linen));
  // zigzag band along the top/bottom edges (drawn on both so it wraps)
  let zz = '';
  for (const y0 of [0, S]) {
    zz += `M0 ${y0}`;
    for (let x = 0; x < S; x += 12) zz += `L${x + 6} ${y0 - 4}L${x + 12} ${y0}`;
  }
  b.push(stroke(zz, P.sand, 2.5));
  for (let x = 6; x < S; x += 24) {
    b.push(circle(x + 6, 8, 1.8, P.peach, { opacity: 0.7 }));
    b.push(circle(x + 6, S - 8, 1.8, P.peach, { opacity: 0.7 }));
  }
  return svgDoc({
    w: S,
    h: S,
    title: 'Patrón textil andino',
    body: b,
  });
}
