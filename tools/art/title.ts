/** The title illustration: the station doorway at dawn. */
import { P } from './palette.ts';
import { flagStand, plant, shadow } from './props/furnishings.ts';
import { llama } from './props/toys.ts';
import { circle, ellipse, g, linearGradient, path, poly, rect, rrect, stroke, svgDoc } from './svg.ts';

/** Station doorway at dawn; an officer kneels to a child's eye level, seen from behind. */
export function title(): string {
  const b: string[] = [];
  // dawn sky and sun
  b.push(rect(0, 0, 1600, 640, 'url(#dawn)'));
  // soft clouds
  for (const [x, y, s] of [
    [300, 170, 1],
    [1040, 120, 0.8],
    [1420, 260, 0.7],
  ] as const) {
    b.push(
      g(
        [
          ellipse(0, 0, 90, 18, P.white),
          ellipse(-30, -12, 40, 20, P.white),
          ellipse(24, -16, 46, 24, P.white),
        ],
        { transform: `translate(${x} ${y}) scale(${s})`, opacity: 0.6 },
      ),
    );
  }
  b.push(stroke('M880 220q10-10 20 0q10-10 20 0M930 250q8-8 16 0q8-8 16 0', P.slate, 3, { opacity: 0.5 }));
  // Andes: far and near ranges
  b.push(
    poly(
      [
        0, 600, 0, 470, 140, 420, 260, 470, 420, 380, 560, 460, 700, 400, 860, 470, 1000, 390, 1120, 450,
        1260, 360, 1420, 450, 1600, 400, 1600, 600,
      ],
      P.lilac,
      { opacity: 0.35 },
    ),
  );
  b.push(poly([1228, 382, 1260, 360, 1294, 384, 1262, 392], P.white, { opacity: 0.7 }));
  b.push(circle(1250, 540, 200, P.sun, { opacity: 0.1 }));
  b.push(circle(1250, 540, 124, P.sun, { opacity: 0.18 }));
  b.push(circle(1250, 540, 74, P.sun));
  b.push(
    poly(
      [
        0, 640, 0, 540, 200, 500, 380, 550, 560, 510, 760, 560, 980, 500, 1200, 560, 1400, 520, 1600, 560,
        1600, 640,
      ],
      P.sage,
    ),
  );
  // ground: plaza and pavement
  b.push(rect(0, 600, 1600, 300, P.linen));
  b.push(rect(0, 600, 1600, 14, P.mist));
  b.push(stroke('M0 700H1600M0 820H1600', P.sand, 3, { opacity: 0.8 }));

  // the comisaría
  const bx = 60;
  const bw = 740;
  b.push(rect(bx, 260, bw, 350, P.white));
  b.push(rect(bx - 16, 240, bw + 32, 28, P.pine));
  b.push(rect(bx, 268, bw, 10, P.ink, { opacity: 0.1 }));
  b.push(rect(bx, 470, bw, 140, P.pine));
  b.push(rect(bx, 462, bw, 12, P.sun));
  // flag on the roof
  b.push(flagStand(bx + 90, 244, 170));
  // windows with warm light
  for (const wx of [bx + 50, bx + 170, bx + 520, bx + 640]) {
    b.push(rect(wx - 8, 318, 86, 116, P.pineDeep));
    b.push(rect(wx, 326, 70, 100, P.sun, { opacity: 0.75 }));
    b.push(rect(wx, 326, 70, 40, P.cream, { opacity: 0.5 }));
    b.push(rect(wx + 33, 326, 4, 100, P.pineDeep));
    b.push(rect(wx - 12, 432, 94, 8, P.mist));
  }
  // doorway with warm light inside
  const dx = 350;
  const dw = 190;
  b.push(rect(dx - 40, 270, dw + 80, 34, P.pineDeep));
  b.push(rect(dx - 60, 300, dw + 120, 12, P.pine));
  b.push(rect(dx - 16, 320, dw + 32, 290, P.pineDeep));
  b.push(rect(dx, 334, dw, 276, 'url(#doorLight)'));
  b.push(poly([dx, 334, dx + 44, 350, dx + 44, 596, dx, 610], P.pine));
  b.push(poly([dx + dw, 334, dx + dw - 44, 350, dx + dw - 44, 596, dx + dw, 610], P.pine));
  b.push(circle(dx + dw / 2, 292, 10, P.sun));
  // steps
  b.push(rect(dx - 40, 606, dw + 80, 16, P.mist));
  b.push(rect(dx - 70, 620, dw + 140, 16, P.frost));
  b.push(plant(dx - 90, 616, 0.7, P.terracotta, 2));
  b.push(plant(dx + dw + 90, 616, 0.7, P.terracotta, 6));
  // light spilling out of the door
  b.push(poly([dx, 636, dx + dw, 636, dx + dw + 420, 900, dx - 140, 900], P.sun, { opacity: 0.16 }));

  // a molle tree on the right
  b.push(rect(1440, 430, 22, 190, P.woodDark));
  b.push(stroke('M1451 500l-40-40M1451 480l36-44', P.woodDark, 10));
  for (const [x, y, r, c] of [
    [1390, 420, 70, P.leaf],
    [1500, 400, 80, P.leaf],
    [1450, 350, 80, P.sage],
    [1370, 380, 50, P.sage],
    [1540, 450, 56, P.pine],
  ] as const)
    b.push(circle(x, y, r, c));
  b.push(shadow(1450, 622, 120, 10));

  // child, facing the officer (three-quarter view towards the left, simple calm face)
  const cx = 1175;
  const feet = 800;
  const c: string[] = [];
  c.push(shadow(0, 4, 74, 10, 0.18));
  c.push(rrect(-36, -124, 30, 124, 12, P.slate));
  c.push(rrect(2, -124, 30, 124, 12, P.slate));
  c.push(rrect(-50, -18, 44, 20, 9, P.coral));
  c.push(rrect(-8, -18, 42, 20, 9, P.coral));
  c.push(path('M-60 -112Q-66 -236 -4 -242Q62 -238 58 -112Z', P.sun));
  c.push(path('M-60 -112Q-62 -130 -58 -140H58Q62 -130 58 -112Z', P.apricot));
  c.push(rrect(-22, -262, 36, 30, 10, P.skinShade));
  c.push(circle(-8, -300, 48, P.skin));
  c.push(circle(-48, -284, 8, P.peach, { opacity: 0.7 }));
  c.push(circle(0, -284, 8, P.peach, { opacity: 0.7 }));
  c.push(ellipse(-38, -300, 4, 5.5, P.cocoa));
  c.push(ellipse(-12, -300, 4, 5.5, P.cocoa));
  c.push(stroke('M-34 -278q9 7 18 0', P.cocoa, 3));
  c.push(
    path(
      'M-54 -306Q-56 -356 -6 -352Q44 -352 44 -300Q44 -272 30 -262Q26 -296 8 -300Q-20 -306 -30 -322Q-40 -306 -54 -306Z',
      P.cocoa,
    ),
  );
  c.push(ellipse(40, -292, 16, 26, P.cocoa, { transform: 'rotate(-14 40 -292)' }));
  c.push(circle(34, -318, 7, P.coral));
  c.push(ellipse(12, -292, 8, 12, P.skinShade));
  // arms around a soft toy
  c.push(rrect(-68, -234, 28, 100, 14, P.sun, { transform: 'rotate(6 -54 -234)' }));
  c.push(rrect(34, -234, 28, 100, 14, P.sun, { transform: 'rotate(-6 48 -234)' }));
  c.push(llama(-16, -110, 0.6));
  c.push(circle(-58, -148, 12, P.skin));
  c.push(circle(42, -150, 12, P.skin));
  b.push(g(c, { transform: `translate(${cx} ${feet})` }));

  // officer kneeling, seen from behind; hands rest on the knees, nothing reaches out
  const o: string[] = [];
  o.push(shadow(10, 0, 160, 18, 0.2));
  o.push(rrect(60, -40, 74, 36, 14, P.ink));
  o.push(rrect(-120, -70, 90, 64, 24, P.pineDeep));
  o.push(rrect(-150, -46, 56, 42, 12, P.ink));
  o.push(rrect(-146, -42, 48, 8, 4, P.slate));
  o.push(path('M-110 -180Q-130 -60 -60 -40H100Q140 -80 110 -180Z', P.pineDeep));
  o.push(stroke('M0 -170V-60', P.ink, 3, { opacity: 0.3 }));
  o.push(path('M-100 -170L-116 -300Q-110 -350 -40 -358H70Q126 -350 130 -300L108 -170Z', P.pine));
  o.push(stroke('M-60 -350L-50 -180M80 -350L70 -180', P.pineDeep, 4, { opacity: 0.5 }));
  o.push(rect(-104, -190, 214, 24, P.ink));
  o.push(rect(-6, -188, 24, 20, P.fog));
  o.push(rrect(-150, -350, 50, 170, 24, P.pine, { transform: 'rotate(8 -125 -350)' }));
  o.push(circle(-150, -170, 20, P.skin));
  o.push(rrect(104, -352, 50, 160, 24, P.pine, { transform: 'rotate(-16 129 -352)' }));
  o.push(circle(172, -196, 20, P.skin));
  o.push(rrect(-30, -390, 60, 44, 14, P.skinShade));
  o.push(path('M-56 -358L0 -342L56 -358L40 -374H-40Z', P.pineDeep));
  o.push(ellipse(0, -418, 48, 50, P.cocoa));
  o.push(ellipse(-47, -414, 9, 15, P.skin));
  o.push(ellipse(47, -414, 9, 15, P.skin));
  o.push(path('M-52 -446L-70 -480Q0 -498 70 -480L52 -446Z', P.pine));
  o.push(rect(-52, -452, 104, 16, P.pineDeep));
  o.push(rect(-52, -446, 104, 3, P.sun, { opacity: 0.8 }));
  b.push(g(o, { transform: 'translate(965 812) scale(0.7)' }));

  // warm morning haze over everything
  b.push(rect(0, 0, 1600, 900, P.peach, { opacity: 0.06 }));

  return svgDoc({
    w: 1600,
    h: 900,
    title: 'Amanecer en la comisaría',
    defs: [
      linearGradient('dawn', [
        [0, P.skyPale],
        [0.55, P.peach],
        [1, P.cream],
      ]),
      linearGradient('doorLight', [
        [0, P.sun],
        [1, P.cream],
      ]),
    ],
    body: b,
  });
}
