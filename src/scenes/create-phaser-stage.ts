import Phaser from 'phaser';
import type { Stage, StageView } from './stage.ts';
import { SceneKey } from './scene-keys.ts';
import { StationScene } from './station-scene.ts';
import type { StationSceneData } from './station-scene.ts';
import { stationGameConfig } from './game-config.ts';

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
  return phaserStage(game, scene);
}

function phaserStage(game: Phaser.Game, scene: StationScene): Stage {
  let destroyed = false;
  return {
    show(view) {
      if (!destroyed) scene.show(view);
    },
    setReducedMotion(reduced) {
      if (!destroyed) scene.setReducedMotion(reduced);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      game.destroy(true);
    },
  };
}

function reportDrawn(parent: HTMLElement, view: StageView): void {
  parent.dataset.stageScene = view.scene;
  parent.dataset.stageReady = 'true';
  window.dispatchEvent(new CustomEvent<StageView>('stage:drawn', { detail: view }));
}
