import Phaser from 'phaser';
import type { StageView } from './stage.ts';
import { SceneKey } from './scene-keys.ts';
import { LazyTextures } from './lazy-textures.ts';
import { FigureTransitions } from './figure-transitions.ts';
import type { Placement } from './figure-transitions.ts';
import {
  adultTexture,
  childTexture,
  placeTexture,
  suspectTexture,
  texturesAhead,
  texturesFor,
} from './stage-textures.ts';
import { moodIds, sceneIds } from '../core/story/vocabulary.ts';
import { adultPose, childPose, emphasisOf, heldPose, suspectPose } from './stage-layout.ts';
import { clockHands, clockSpots } from './place-clock.ts';
import { defaultSetting } from './case-settings.ts';
import { LogicalSize, PersonBox, renderScale, SuspectBox, Timing } from './stage-layout.ts';
import type { Emphasis, Pose } from './stage-layout.ts';

/** What the station scene is started with (`scene.add(SceneKey.Station, StationScene, true, data)`). */
export interface StationSceneData {
  readonly reducedMotion: boolean;
  readonly onReady: (scene: StationScene) => void;
  /** Called once a view is fully on screen (transitions settled and rendered); superseded views never report. */
  readonly onDrawn: (view: StageView) => void;
}

type Image = Phaser.GameObjects.Image;
type Box = { readonly width: number; readonly height: number };

const Depth = { place: 0, suspect: 1, adult: 2, child: 3 } as const;
const fadeIn = 'Cubic.easeOut';

/** The station picture: one place, the child, the adults present and the suspect at the door. */
export class StationScene extends Phaser.Scene {
  private settings: StationSceneData | undefined;
  private assets: LazyTextures | undefined;
  private motion: FigureTransitions | undefined;
  private showCount = 0;
  private drawn: StageView | undefined;
  private place: Image | undefined;
  private clock: Image | undefined;
  private child: Image | undefined;
  private suspect: Image | undefined;
  private readonly adults = new Map<string, Image>();
  private drawCount = 0;
  private drawnRequest = 0;
  private settleTimer: Phaser.Time.TimerEvent | undefined;

  constructor() {
    super(SceneKey.Station);
  }

  init(data: StationSceneData): void {
    this.settings = data;
  }

  create(): void {
    // Lay out in 1600×900 units on a backing store sized for the screen (see renderScale).
    this.cameras.main.setZoom(renderScale()).centerOn(LogicalSize.width / 2, LogicalSize.height / 2);
    this.assets = new LazyTextures(this);
    this.motion = new FigureTransitions(this.tweens, this.settings?.reducedMotion ?? false);
    this.settings?.onReady(this);
  }

  /** Shows `view` as soon as its textures exist; a later call supersedes a view still loading. */
  show(view: StageView): void {
    const request = ++this.showCount;
    this.game.loop.wake();
    this.assets?.request(texturesFor(view), () => {
      if (request === this.showCount) this.draw(view, request);
    });
  }

  setReducedMotion(reduced: boolean): void {
    if (!this.motion) return;
    this.motion.reducedMotion = reduced;
    if (!reduced || this.drawn === undefined) return;
    this.game.loop.wake();
    this.motion.finishAll();
    this.place?.setAlpha(1);
    this.draw(this.drawn, this.drawnRequest);
  }

  private draw(view: StageView, request: number): void {
    this.drawnRequest = request;
    const newPlace =
      this.drawn?.scene !== view.scene || this.drawn.setting !== view.setting || this.place === undefined;
    this.drawn = view;
    if (newPlace) this.swapPlace(view);
    const delay = newPlace ? Timing.peopleDelayMs : 0;
    const onStage = [view.child.id, ...view.adults];
    const emphasis = (id: string) => emphasisOf(id, view.speaker, onStage);
    const pose = childPose(view.child.distress, emphasis(view.child.id));
    const holder = view.child.heldBy === undefined ? -1 : view.adults.indexOf(view.child.heldBy);
    const held =
      holder >= 0
        ? heldPose(pose, adultPose(holder, view.adults.length, view.suspectAtDoor, 'neutral'))
        : pose;
    this.drawChild(view, held, newPlace, delay);
    this.drawAdults(view, emphasis, delay);
    this.drawSuspect(view.suspectAtDoor, delay);
    this.reportWhenSettled(view, delay + Timing.crossfadeMs);
  }

  private swapPlace(view: StageView): void {
    const old = this.place;
    this.place = this.add
      .image(0, 0, placeTexture(view.scene, view.setting).key)
      .setOrigin(0)
      .setDisplaySize(LogicalSize.width, LogicalSize.height)
      .setDepth(Depth.place)
      .setAlpha(old ? 0 : 1);
    const oldClock = this.clock;
    this.clock = this.addClock(view, old ? 0 : 1);
    if (old === undefined || !this.motion) return;
    this.motion.retire(old, Timing.crossfadeMs);
    if (oldClock) this.motion.retire(oldClock, Timing.crossfadeMs);
    this.motion.to(this.place, { alpha: 1 }, Timing.crossfadeMs, { ease: fadeIn });
    if (this.clock) this.motion.to(this.clock, { alpha: 1 }, Timing.crossfadeMs, { ease: fadeIn });
    // People of the old place leave before those of the new place come in: nobody is ever drawn twice.
    for (const person of [this.child, this.suspect, ...this.adults.values()]) {
      if (person) this.motion.retire(person, Timing.peopleDelayMs);
    }
    this.child = undefined;
    this.suspect = undefined;
    this.adults.clear();
  }

  /** The wall clock showing the case's time (the story's), over the clock face of the place. */
  private addClock(view: StageView, alpha: number): Image | undefined {
    const spot = clockSpots[view.scene];
    if (!spot) return undefined;
    const { hour, minute } = (view.setting ?? defaultSetting).clock;
    const key = `clock:${hour}:${minute}`;
    const scale = renderScale();
    const size = Math.ceil((spot.r + 2) * 2 * scale);
    if (!this.textures.exists(key)) {
      const c = size / 2;
      const r = spot.r * scale;
      const hands = clockHands(hour, minute);
      const g = this.make.graphics({}, false);
      g.fillStyle(0xf7f8f5).fillCircle(c, c, r);
      g.lineStyle(r * 0.06, 0x3e4c59);
      for (let i = 0; i < 12; i++) {
        const a = (i / 12) * Math.PI * 2;
        const r1 = r * (i % 3 === 0 ? 0.7 : 0.78);
        g.lineBetween(
          c + Math.sin(a) * r1,
          c - Math.cos(a) * r1,
          c + Math.sin(a) * r * 0.86,
          c - Math.cos(a) * r * 0.86,
        );
      }
      g.lineStyle(r * 0.09, 0x26303a).lineBetween(
        c,
        c,
        c + Math.sin(hands.hour) * r * 0.5,
        c - Math.cos(hands.hour) * r * 0.5,
      );
      g.lineStyle(r * 0.06, 0x26303a).lineBetween(
        c,
        c,
        c + Math.sin(hands.minute) * r * 0.75,
        c - Math.cos(hands.minute) * r * 0.75,
      );
      g.fillStyle(0x26303a).fillCircle(c, c, r * 0.07);
      g.generateTexture(key, size, size);
      g.destroy();
    }
    return this.add
      .image(spot.x, spot.y, key)
      .setDisplaySize(size / scale, size / scale)
      .setDepth(Depth.place + 0.5)
      .setAlpha(alpha);
  }

  private drawChild(view: StageView, pose: Pose, newPlace: boolean, delay: number): void {
    const { id, mood } = view.child;
    const key = childTexture(id, mood, view.figures?.[id], view.drawings?.[id]).key;
    const current = this.child;
    if (current && current.texture.key === key) {
      this.motion?.to(current, placement(current, pose, PersonBox), Timing.highlightMs);
      return;
    }
    const fresh = this.addFigure(key, Depth.child, pose, PersonBox);
    if (current && !newPlace) {
      // A mood change: the new expression takes the old one's place at once and moves to the new
      // posture; two children (the old and new face at two sizes) are never on screen together.
      fresh
        .setPosition(current.x, current.y)
        .setScale(current.scaleX, current.scaleY)
        .setAlpha(current.alpha);
      if (this.motion) this.motion.remove(current);
      else current.destroy();
    }
    this.child = fresh;
    this.motion?.to(fresh, placement(fresh, pose, PersonBox), Timing.crossfadeMs, { delay, ease: fadeIn });
  }

  private drawAdults(view: StageView, emphasis: (id: string) => Emphasis, delay: number): void {
    for (const [id, image] of this.adults) {
      if (view.adults.includes(id)) continue;
      this.motion?.retire(image, Timing.crossfadeMs);
      this.adults.delete(id);
    }
    view.adults.forEach((id, index) => {
      const pose = adultPose(index, view.adults.length, view.suspectAtDoor, emphasis(id));
      const current = this.adults.get(id);
      if (current) {
        this.motion?.to(current, placement(current, pose, PersonBox), Timing.crossfadeMs);
        return;
      }
      const texture = adultTexture(id, view.figures?.[id], view.drawings?.[id]);
      const fresh = this.addFigure(texture.key, Depth.adult, pose, PersonBox);
      this.adults.set(id, fresh);
      this.motion?.to(fresh, placement(fresh, pose, PersonBox), Timing.crossfadeMs, { delay, ease: fadeIn });
    });
  }

  private drawSuspect(atDoor: boolean, delay: number): void {
    if (atDoor === (this.suspect !== undefined)) return;
    if (this.suspect) {
      this.motion?.retire(this.suspect, Timing.crossfadeMs);
      this.suspect = undefined;
      return;
    }
    const pose = suspectPose();
    this.suspect = this.addFigure(suspectTexture().key, Depth.suspect, pose, SuspectBox);
    this.motion?.to(this.suspect, placement(this.suspect, pose, SuspectBox), Timing.crossfadeMs, { delay });
  }

  /** A figure standing on its feet at `pose`, transparent until faded in. */
  private addFigure(key: string, depth: number, pose: Pose, box: Box): Image {
    const image = this.add.image(0, 0, key).setOrigin(0.5, 1).setDepth(depth).setAlpha(0);
    const target = placement(image, pose, box);
    return image.setPosition(target.x, target.y).setScale(target.scaleX, target.scaleY);
  }

  /** In idle time, one texture at a time: loads and decodes what a later view may need. */
  private prepareAhead(view: StageView): void {
    const idle = (globalThis as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number })
      .requestIdleCallback;
    if (!idle || !this.assets) return;
    const queue = texturesAhead(view, sceneIds, moodIds).filter((spec) => !this.textures.exists(spec.key));
    const request = this.showCount;
    const next = () => {
      const spec = queue.shift();
      // A newer view takes over (it prepares its own), and a destroyed game prepares nothing.
      if (!spec || request !== this.showCount || !this.sys.game || !this.assets) return;
      this.assets.request([spec], () => {
        const source = this.textures.exists(spec.key)
          ? this.textures.get(spec.key).getSourceImage()
          : undefined;
        const decoded =
          source instanceof HTMLImageElement ? source.decode().catch(() => undefined) : Promise.resolve();
        void decoded.then(() => idle(next, { timeout: 2000 }));
      });
    };
    idle(next, { timeout: 2000 });
  }

  private reportWhenSettled(view: StageView, wait: number): void {
    const count = ++this.drawCount;
    this.settleTimer?.remove(false);
    this.settleTimer = this.time.delayedCall(this.motion?.reducedMotion ? 0 : wait, () => {
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        if (count !== this.drawCount) return;
        this.settings?.onDrawn(view);
        this.prepareAhead(view);
        // A still picture needs no frames: idle the loop (the canvas keeps its last frame) until the next show.
        if (this.drawnRequest === this.showCount) this.game.loop.sleep();
      });
    });
  }
}

/** Pose scales are relative to the SVG's own box; the texture itself is rasterised at another size. */
function placement(image: Image, pose: Pose, box: Box): Placement {
  return {
    x: pose.x,
    y: pose.y,
    scaleX: (pose.scaleX * box.width) / image.width,
    scaleY: (pose.scaleY * box.height) / image.height,
    alpha: pose.alpha,
    shade: pose.shade,
  };
}
