/** `import storyJson from './x.ink'` gives the compiled story JSON (vite-plugin-ink.ts). */
declare module '*.ink' {
  const storyJson: string;
  export default storyJson;
  /** SHA-256 (hex) of the JSON, computed at build time: `storyHash(storyJson)`. */
  export const hash: string;
}
