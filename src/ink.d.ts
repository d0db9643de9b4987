/** `import storyJson from './x.ink'` gives the compiled story JSON (vite-plugin-ink.ts). */
declare module '*.ink' {
  const storyJson: string;
  export default storyJson;
}
