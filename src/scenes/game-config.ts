import Phaser from 'phaser';
import { LogicalSize, RenderScale } from './stage-layout.ts';

/** A neutral wall tone shown around the letterboxed picture and before the first place loads. */
export const StageBackground = '#dfe4e2';

/**
 * The game behind the station picture. It owns no input and no sound: the DOM overlay carries all
 * meaning and all interaction, and the audio player is separate.
 */
export function stationGameConfig(parent: HTMLElement): Phaser.Types.Core.GameConfig {
  return {
    type: Phaser.AUTO,
    parent,
    width: LogicalSize.width * RenderScale,
    height: LogicalSize.height * RenderScale,
    backgroundColor: StageBackground,
    transparent: false,
    banner: false,
    // Phaser would otherwise call window.focus() on boot, which can pull focus inside an LMS iframe.
    autoFocus: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true },
    scene: [],
  };
}
