// @ts-check
import tseslint from 'typescript-eslint';

const phaserHowler = [
  { name: 'phaser', message: 'src/core, src/session, src/i18n and src/cases stay free of Phaser.' },
  { name: 'howler', message: 'src/core, src/session, src/i18n and src/cases stay free of Howler.' },
];
/** What core may not import: every folder outside it. */
const outsideCore = [
  '**/session/**',
  '**/scenes/**',
  '**/ui/**',
  '**/audio/**',
  '**/adapters/**',
  '**/i18n/**',
  '**/cases/**',
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
        {
          selector: 'memberLike',
          modifiers: ['private'],
          format: ['camelCase'],
          leadingUnderscore: 'forbid',
        },
      ],
      // a file holds one thing: split it by what it holds before it reaches 300 lines
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/core/**/*.ts'],
    rules: layer(
      [
        { group: outsideCore, message: 'core imports only core.' },
        {
          group: ['inkjs/*'],
          message: 'the browser bundle takes only the inkjs runtime; the compiler lives in tools/.',
        },
      ],
      phaserHowler,
    ),
  },
  {
    files: ['src/core/protocol/**/*.ts', 'src/core/record/**/*.ts', 'src/core/run/**/*.ts'],
    rules: layer(
      [{ group: [...outsideCore, 'inkjs/*'], message: 'core imports only core.' }],
      [...phaserHowler, { name: 'inkjs', message: 'only src/core/story imports inkjs.' }],
    ),
  },
  {
    files: ['src/core/record/**/*.ts', 'src/core/run/**/*.ts', 'src/core/story/**/*.ts'],
    ignores: ['src/core/protocol/**'],
    rules: layer(
      [
        { group: outsideCore, message: 'core imports only core.' },
        {
          group: ['inkjs/*'],
          message: 'the browser bundle takes only the inkjs runtime; the compiler lives in tools/.',
        },
        {
          group: ['xstate', 'xstate/*'],
          message: 'only src/core/protocol imports xstate (protocol-actor.ts wraps it).',
        },
      ],
      phaserHowler,
    ),
  },
  {
    files: ['src/core/record/**/*.ts', 'src/core/run/**/*.ts'],
    rules: layer(
      [
        { group: [...outsideCore, 'inkjs/*'], message: 'core imports only core.' },
        {
          group: ['xstate', 'xstate/*'],
          message: 'only src/core/protocol imports xstate (protocol-actor.ts wraps it).',
        },
      ],
      [...phaserHowler, { name: 'inkjs', message: 'only src/core/story imports inkjs.' }],
    ),
  },
  {
    files: ['src/session/**/*.ts'],
    rules: layer(
      [
        {
          group: [
            '**/scenes/**',
            '**/ui/**',
            '**/audio/**',
            '**/adapters/**',
            'inkjs',
            'inkjs/*',
            'xstate',
            'xstate/*',
          ],
          message: 'session receives its adapters; only src/core/protocol imports xstate.',
        },
      ],
      phaserHowler,
    ),
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: layer(
      [
        {
          group: [
            '**/session/**',
            '**/scenes/**',
            '**/ui/**',
            '**/audio/**',
            '**/adapters/**',
            '**/cases/**',
            'inkjs',
            'inkjs/*',
            'xstate',
            'xstate/*',
          ],
          message: 'i18n holds words: it imports only core (ids and types).',
        },
      ],
      phaserHowler,
    ),
  },
  {
    files: ['src/cases/**/*.ts'],
    rules: layer(
      [
        {
          group: [
            '**/session/**',
            '**/scenes/**',
            '**/ui/**',
            '**/audio/**',
            '**/adapters/**',
            '**/i18n/**',
            'inkjs',
            'inkjs/*',
            'xstate',
            'xstate/*',
          ],
          message: 'cases is the catalogue of built-in stories: it imports only core.',
        },
      ],
      phaserHowler,
    ),
  },
  {
    files: ['src/scenes/**/*.ts', 'src/ui/**/*.ts', 'src/audio/**/*.ts'],
    rules: layer([
      {
        group: ['**/adapters/**', 'inkjs', 'inkjs/*', 'xstate'],
        message: 'presentation renders state; adapters are wired in main.ts.',
      },
    ]),
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: layer(
      [{ group: ['**/scenes/**', '**/ui/**', '**/audio/**'], message: 'adapters sit beside presentation.' }],
      [{ name: 'phaser', message: 'no Phaser in adapters.' }],
    ),
  },
  {
    files: ['tools/**/*.ts'],
    rules: layer(
      [{ group: ['**/src/scenes/**', '**/src/ui/**', '**/src/audio/**'], message: 'tools run in Node.' }],
      phaserHowler,
    ),
  },
);
