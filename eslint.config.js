import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const d3Dom = ['d3-selection', 'd3-zoom', 'd3-axis', 'd3-transition']
const umbrella = {
  name: 'd3',
  message: 'Import the d3-* modules you use, never the umbrella d3 package.',
}
const domOnly = (names) =>
  names.map((name) => ({ name, message: `${name} may only be imported in src/timeline/.` }))
const layer = (group, message) => ({ group, message })

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  // Layering (ARCHITECTURE.md): domain ← store ← features ← app; features never import each other.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/timeline/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [umbrella, ...domOnly(d3Dom)] }] },
  },
  {
    files: ['src/timeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [umbrella],
          patterns: [
            layer(
              ['../quotes/*', '../embed/*', '../data-io/*', '../app/*'],
              'Features never import each other.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            umbrella,
            ...domOnly(d3Dom),
            { name: 'react', message: 'domain is pure TypeScript.' },
          ],
          patterns: [
            layer(['../*/*', '!../domain/*'], 'domain imports nothing from the other layers.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [umbrella, ...domOnly(d3Dom)],
          patterns: [
            layer(
              ['../timeline/*', '../quotes/*', '../embed/*', '../data-io/*', '../app/*'],
              'store depends on domain only.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/quotes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [umbrella, ...domOnly(d3Dom)],
          patterns: [
            layer(
              ['../timeline/*', '../data-io/*', '../app/*'],
              'Features never import each other.',
            ),
          ],
        },
      ],
    },
  },
)
