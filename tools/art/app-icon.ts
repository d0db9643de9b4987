/** The app's icon: an officer kneeling to a child's eye level, inside a speech bubble, on PNP green. */
import { P } from './palette.ts';
import { circle, g, path, rrect, svgDoc } from './svg.ts';

/** Head and shoulders facing the centre: `r` is the head's radius, shoulders below it. */
function bust(cx: number, top: number, r: number, fill: string): string {
  const neck = top + 2 * r + r * 0.2;
  const w = r * 2.3;
  return g([
    circle(cx, top + r, r, fill),
    path(
      `M${cx - w} ${neck + r * 2.2}C${cx - w} ${neck + r * 0.4} ${cx - w * 0.55} ${neck} ${cx} ${neck}` +
        `C${cx + w * 0.55} ${neck} ${cx + w} ${neck + r * 0.4} ${cx + w} ${neck + r * 2.2}Z`,
      fill,
    ),
  ]);
}

/**
 * The 512×512 icon. `maskable`: the green fills the whole square and the drawing keeps to the
 * centre 80% (the safe zone a launcher's mask never cuts); otherwise a rounded square.
 */
export function appIcon(maskable = false): string {
  const scale = maskable ? 0.8 : 1;
  const drawing = g(
    [
      circle(392, 132, 64, P.sun),
      rrect(84, 120, 344, 252, 64, P.cream),
      path('M150 360L232 360L120 440Z', P.cream),
      // the officer at the child's eye level, a smile between them
      bust(192, 176, 38, P.pine),
      bust(330, 200, 30, P.terracotta),
      path('M244 214q12 10 24 0', 'none', {
        stroke: P.sun,
        'stroke-width': 8,
        'stroke-linecap': 'round',
      }),
    ],
    maskable ? { transform: `translate(256 256) scale(${scale}) translate(-256 -256)` } : {},
  );
  return svgDoc({
    w: 512,
    h: 512,
    title: 'Primer Contacto',
    body: [maskable ? rrect(0, 0, 512, 512, 0, P.pine) : rrect(0, 0, 512, 512, 112, P.pine), drawing],
  });
}
