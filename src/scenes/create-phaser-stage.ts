import Phaser from 'phaser';
import type { Stage, StageView } from './stage.ts';
import { SceneKey } from './scene-keys.ts';
import { StationScene } from './station-scene.ts';
import type { StationSceneData } from './station-scene.ts';
import { stationGameConfig } from './game-config.ts';
import { chooseRenderScale } from './stage-layout.ts';

export interface PhaserStageOptions {
  readonly reducedMotion: boolean;
}

/**
 * Starts Phaser inside `parent` and resolves once the station scene can draw. Load this module with a
 * dynamic `import()` so Phaser stays in its own chunk. After each completed draw, `parent` carries
 * `data-stage-scene` and `data-stage-ready`, and `window` receives a `stage:drawn` event.
 */
export async function createPhaserStage(parent: HTMLElement, options: PhaserStageOptions): Promise<Stage> {
  let game: Phaser.Game | undefined;
  chooseRenderScale(parent.clientWidth || 1280, window.devicePixelRatio || 1);
  const scene = await new Promise<StationScene>((resolve) => {
    const data: StationSceneData = {
      reducedMotion: options.reducedMotion,
      onReady: resolve,
      onDrawn: (view) => reportDrawn(parent, view),
    };
    game = new Phaser.Game(stationGameConfig(parent));
    game.scene.add(SceneKey.Station, StationScene, true, data);
  });
  if (!game) throw new Error('stage: Phaser game was not created');
  // The picture only illustrates what the dialogue already says; keep it out of focus order and the a11y tree.
  game.canvas.setAttribute('aria-hidden', 'true');
  game.canvas.setAttribute('tabindex', '-1');
  return phaserStage(game, scene, parent);
}

function phaserStage(game: Phaser.Game, scene: StationScene, parent: HTMLElement): Stage {
  let destroyed = false;
  // The scene idles its loop between views, and Phaser only polls the parent's size from that loop.
  const resized = new ResizeObserver(() => {
    if (game.scale.getParentBounds()) game.scale.refresh();
  });
  resized.observe(parent);
  return {
    show(view) {
      if (!destroyed) scene.show(view);
    },
    hold() {
      if (!destroyed) game.loop.sleep();
    },
    setReducedMotion(reduced) {
      if (!destroyed) scene.setReducedMotion(reduced);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resized.disconnect();
      // Phaser tears the game down on its next step, so an idle loop has to run once more.
      game.loop.wake();
      game.destroy(true);
    },
  };
}

function reportDrawn(parent: HTMLElement, view: StageView): void {
  parent.dataset.stageScene = view.scene;
  parent.dataset.stageReady = 'true';
  window.dispatchEvent(new CustomEvent<StageView>('stage:drawn', { detail: view }));
}
