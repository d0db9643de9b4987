/** @xapi/cmi5's ES module build, named by its file: its package.json names no entry Node resolves. */
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  export { default } from '@xapi/cmi5';
}
