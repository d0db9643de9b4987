/** The doorway cue: a featureless figure backlit in a doorway. */
import { P } from './palette.ts';
import { el, ellipse, path, rect, svgDoc } from './svg.ts';

/** Featureless adult figure, backlit in a doorway (300x700). */
export function doorSilhouette(): string {
  const b: string[] = [];
  b.push(rect(0, 0, 300, 700, P.slate));
  b.push(rect(18, 24, 264, 676, P.steel));
  b.push(rect(38, 44, 224, 656, 'url(#backlight)'));
  b.push(rect(38, 44, 224, 18, P.ink, { opacity: 0.25 }));
  // light on the floor in front of the door
  // the figure
  const fig =
    'M150 92C126 92 112 112 112 138C112 160 122 174 136 180L136 194C108 198 80 204 70 222C62 236 60 258 60 290' +
    'L56 420C55 446 62 462 74 462C84 462 88 450 87 430L90 318L96 318L97 440L102 694L144 694L147 484Q150 472 153 484' +
    'L156 694L198 694L203 440L204 318L210 318L213 430C212 450 216 462 226 462C238 462 245 446 244 420L240 290' +
    'C240 258 238 236 230 222C220 204 192 198 164 194L164 180C178 174 188 160 188 138C188 112 174 92 150 92Z';
  b.push(path(fig, P.ink));
  b.push(ellipse(150, 696, 96, 8, P.ink, { opacity: 0.35 }));
  return svgDoc({
    w: 300,
    h: 700,
    title: 'Silueta en la puerta',
    defs: [
      el('radialGradient', { id: 'backlight', cx: 0.5, cy: 0.55, r: 0.75 }, [
        el('stop', { offset: 0, 'stop-color': P.white }),
        el('stop', { offset: 0.6, 'stop-color': P.frost }),
        el('stop', { offset: 1, 'stop-color': P.fog }),
      ]),
    ],
    body: b,
  });
}
