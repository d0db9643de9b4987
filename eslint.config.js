// @ts-check
import tseslint from 'typescript-eslint';

const phaserHowler = [
  { name: 'phaser', message: 'src/core and src/session stay free of Phaser.' },
  { name: 'howler', message: 'src/core and src/session stay free of Howler.' },
];
const layer = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'assets/**', 'coverage/**', 'test-results/**', '.bench/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/naming-convention': [
        'error',
        { selector: 'typeLike', format: ['PascalCase'] },
        { selector: 'interface', format: ['PascalCase'], custom: { regex: '^I[A-Z]', match: false } },
        { selector: 'memberLike', modifiers: ['private'], format: ['camelCase'], leadingUnderscore: 'forbid' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/core/**/*.ts'],
    rules: layer(
      [
        { group: ['**/session/**', '**/scenes/**', '**/ui/**', '**/audio/**', '**/adapters/**'], message: 'core imports only core.' },
        { group: ['inkjs/*'], message: 'the browser bundle takes only the inkjs runtime; the compiler lives in tools/.' },
      ],
      phaserHowler,
    ),
  },
  {
    files: ['src/core/protocol/**/*.ts', 'src/core/record/**/*.ts', 'src/core/run/**/*.ts'],
    rules: layer(
      [{ group: ['**/session/**', '**/scenes/**', '**/ui/**', '**/audio/**', '**/adapters/**', 'inkjs/*'], message: 'core imports only core.' }],
      [...phaserHowler, { name: 'inkjs', message: 'only src/core/story imports inkjs.' }],
    ),
  },
  {
    files: ['src/core/record/**/*.ts', 'src/core/run/**/*.ts', 'src/core/story/**/*.ts'],
    ignores: ['src/core/protocol/**'],
    rules: layer(
      [
        { group: ['**/session/**', '**/scenes/**', '**/ui/**', '**/audio/**', '**/adapters/**'], message: 'core imports only core.' },
        { group: ['inkjs/*'], message: 'the browser bundle takes only the inkjs runtime; the compiler lives in tools/.' },
        { group: ['xstate', 'xstate/*'], message: 'only src/core/protocol imports xstate (protocol-actor.ts wraps it).' },
      ],
      phaserHowler,
    ),
  },
  {
    files: ['src/core/record/**/*.ts', 'src/core/run/**/*.ts'],
    rules: layer(
      [
        { group: ['**/session/**', '**/scenes/**', '**/ui/**', '**/audio/**', '**/adapters/**', 'inkjs/*'], message: 'core imports only core.' },
        { group: ['xstate', 'xstate/*'], message: 'only src/core/protocol imports xstate (protocol-actor.ts wraps it).' },
      ],
      [...phaserHowler, { name: 'inkjs', message: 'only src/core/story imports inkjs.' }],
    ),
  },
  {
    files: ['src/session/**/*.ts'],
    rules: layer([{ group: ['**/scenes/**', '**/ui/**', '**/audio/**', '**/adapters/**', 'inkjs', 'inkjs/*', 'xstate', 'xstate/*'], message: 'session receives its adapters; only src/core/protocol imports xstate.' }], phaserHowler),
  },
  {
    files: ['src/scenes/**/*.ts', 'src/ui/**/*.ts', 'src/audio/**/*.ts'],
    rules: layer([{ group: ['**/adapters/**', 'inkjs', 'inkjs/*', 'xstate'], message: 'presentation renders state; adapters are wired in main.ts.' }]),
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: layer([{ group: ['**/scenes/**', '**/ui/**', '**/audio/**'], message: 'adapters sit beside presentation.' }], [{ name: 'phaser', message: 'no Phaser in adapters.' }]),
  },
  {
    files: ['tools/**/*.ts'],
    rules: layer([{ group: ['**/src/scenes/**', '**/src/ui/**', '**/src/audio/**'], message: 'tools run in Node.' }], phaserHowler),
  },
);
