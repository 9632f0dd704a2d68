// ESLint for the SPA in ../../src. It lives in its own package because the app builds with TypeScript 7
// (the native compiler, which has no JavaScript API) while typescript-eslint needs TypeScript 5's parser.
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const features = readdirSync(resolve(web, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Imports flow one way: shared code (lib, components) → features → app; features never import each other.
const layerZones = [
  {
    target: ['./src/lib', './src/components'],
    from: ['./src/features', './src/app', './src/main.tsx'],
    message: 'Shared code imports no feature and not the app; move what both need into src/lib or src/components.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other; move what both need into src/lib or src/components.',
  })),
  {
    target: './src/features',
    from: ['./src/app', './src/main.tsx'],
    message: 'Features do not import the app; the app imports features.',
  },
  {
    target: './src',
    from: './src/test',
    message: 'Test helpers are for tests only.',
  },
];

export default tseslint.config(
  { ignores: ['tools/**', 'scripts/**', 'node_modules/**', '*.config.ts', 'src/lib/api/schema.d.ts'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommended,
      reactHooks.configs.flat['recommended-latest'],
      jsxA11y.flatConfigs.recommended,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: globals.browser,
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="style"]',
          message: 'No inline style props: the Content-Security-Policy blocks inline styles; use a CSS class.',
        },
      ],
      'import-x/no-restricted-paths': ['error', { basePath: web, zones: layerZones }],
    },
  },
  {
    // Barrel files (index.ts re-exports) defeat tree shaking.
    files: ['src/**/index.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'Barrel files are not used here: import from the module itself.' },
      ],
    },
  },
  {
    // Tests may import anything, including the test helpers.
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
);
