import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import layers from './eslint-layers.js'

// Layering (ARCHITECTURE.md): domain ← store ← features ← app; ui/ and lib/ from anywhere;
// features never import each other; d3's DOM modules only in src/timeline; never the umbrella d3.
// Folders are judged by where an import resolves (eslint-layers.js); packages by name.
const features = ['timeline', 'quotes', 'embed', 'data-io', 'documents', 'studio']
const d3Dom = ['d3-selection', 'd3-zoom', 'd3-transition']
const umbrella = {
  name: 'd3',
  message: 'Import the d3-* modules you use, never the umbrella d3 package.',
}
const d3DomOutsideTimeline = d3Dom.map((name) => ({
  name,
  message: `${name} may only be imported in src/timeline/.`,
}))

/** Forbidden packages, and the folders of src/ this layer may not import from. */
const restrict = (paths, folders, message) => ({
  'no-restricted-imports': ['error', { paths }],
  ...(folders.length ? { 'quoteline/layers': ['error', { forbid: folders, message }] } : {}),
})

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, quoteline: layers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: restrict([umbrella, ...d3DomOutsideTimeline], [], ''),
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            umbrella,
            ...d3DomOutsideTimeline,
            { name: 'react', message: 'domain is pure TypeScript.' },
          ],
        },
      ],
      'quoteline/layers': [
        'error',
        { only: ['domain'], message: 'domain imports nothing from the other layers.' },
      ],
    },
  },
  {
    files: ['src/store/**'],
    rules: restrict(
      [umbrella, ...d3DomOutsideTimeline],
      [...features, 'app'],
      'store depends on domain only.',
    ),
  },
  ...features.map((feature) => ({
    files: [`src/${feature}/**`],
    rules: restrict(
      feature === 'timeline' ? [umbrella] : [umbrella, ...d3DomOutsideTimeline],
      [...features.filter((f) => f !== feature), 'app'],
      'Features never import each other, nor the app.',
    ),
  })),
  {
    // embed.js runs on other people's pages: no React, no store, only the pure protocol.
    files: ['src/host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.\\./embed/protocol$)',
              message: 'The host script is dependency-free: it imports only ../embed/protocol.',
            },
          ],
        },
      ],
    },
  },
)
