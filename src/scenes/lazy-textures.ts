import Phaser from 'phaser';
import type { TextureSpec } from './stage-textures.ts';

// Accept keeps dev servers with an SPA fallback from answering a missing SVG with index.html,
// which Phaser's SVG parser would choke on instead of reporting a load error.
const svgRequest: Phaser.Types.Loader.XHRSettingsObject = {
  responseType: 'text',
  headers: { Accept: 'image/svg+xml' },
};

interface Waiter {
  readonly keys: readonly string[];
  readonly ready: () => void;
}

/**
 * Loads SVG textures on demand through the scene's loader and keeps them for the session.
 * A file that fails (missing art, bad SVG) becomes a neutral placeholder, so a view is always drawable.
 */
export class LazyTextures {
  private readonly pending = new Map<string, TextureSpec>();
  private waiters: Waiter[] = [];

  constructor(private readonly scene: Phaser.Scene) {
    scene.load.on(Phaser.Loader.Events.COMPLETE, () => this.settle());
  }

  /** Calls `ready` once every texture in `specs` exists; synchronously when they already do. */
  request(specs: readonly TextureSpec[], ready: () => void): void {
    const missing = specs.filter((spec) => !this.scene.textures.exists(spec.key));
    if (missing.length === 0) {
      ready();
      return;
    }
    for (const spec of missing) {
      if (this.pending.has(spec.key)) continue;
      this.pending.set(spec.key, spec);
      this.scene.load.svg(spec.key, spec.url, { width: spec.width, height: spec.height }, svgRequest);
    }
    this.waiters.push({ keys: missing.map((spec) => spec.key), ready });
    // A no-op while a batch is running: files added meanwhile join that batch.
    this.scene.load.start();
  }

  private settle(): void {
    for (const spec of this.pending.values()) {
      if (!this.scene.textures.exists(spec.key)) this.addPlaceholder(spec);
    }
    this.pending.clear();
    const due = this.waiters.filter((w) => w.keys.every((key) => this.scene.textures.exists(key)));
    this.waiters = this.waiters.filter((w) => !due.includes(w));
    for (const waiter of due) waiter.ready();
  }

  private addPlaceholder(spec: TextureSpec): void {
    console.warn(`stage: could not load ${spec.url}; drawing a placeholder`);
    const { width: w, height: h } = spec;
    const g = this.scene.make.graphics({}, false);
    if (spec.kind === 'place') {
      g.fillStyle(0xe3e8ea).fillRect(0, 0, w, h);
      g.fillStyle(0xc0cad1).fillRect(0, h * 0.69, w, h * 0.31);
    } else {
      g.fillStyle(0x8c9ba7, 0.8).fillRoundedRect(w * 0.28, h * 0.04, w * 0.44, h * 0.94, w * 0.08);
    }
    g.generateTexture(spec.key, w, h);
    g.destroy();
  }
}
