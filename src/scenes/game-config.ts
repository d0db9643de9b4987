import Phaser from 'phaser';
import { LogicalSize, renderScale } from './stage-layout.ts';

/** A neutral wall tone shown around the letterboxed picture and before the first place loads. */
export const StageBackground = '#dfe4e2';

/**
 * The game behind the station picture. It owns no input and no sound: the DOM overlay carries all
 * meaning and all interaction, and the audio player is separate.
 */
export function stationGameConfig(parent: HTMLElement): Phaser.Types.Core.GameConfig {
  return {
    type: hasFastWebGl() ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width: LogicalSize.width * renderScale(),
    height: LogicalSize.height * renderScale(),
    backgroundColor: StageBackground,
    transparent: false,
    banner: false,
    // Phaser would otherwise call window.focus() on boot, which can pull focus inside an LMS iframe.
    autoFocus: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true },
    // Tweens keep their real duration when frames are slow, instead of stretching to seconds.
    fps: { smoothStep: false },
    scene: [],
  };
}

/**
 * Whether the browser has WebGL on a real GPU. Without one, WebGL runs in software (SwiftShader,
 * llvmpipe) and every frame is read back through it, costing seconds per transition on a modest
 * PC; the canvas renderer is much cheaper there (measured with npm run bench).
 */
function hasFastWebGl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}
