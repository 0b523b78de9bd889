/** Tailwind 4 reads this file through `@config` in src/index.css. */
/**
 * The reader's builds (index.html, embed.html) leave the studio's files out, so its classes never
 * add to what a reader loads; vite.config.ts sets QUOTELINE_CSS=reader for them. The studio's
 * build and the dev server scan everything.
 */
const readerOnly = process.env.QUOTELINE_CSS === 'reader'

/** @type {import('tailwindcss').Config} */
export default {
  content: [
    './index.html',
    './src/**/*.{ts,tsx}',
    ...(readerOnly ? ['!./src/studio/**', '!./src/app/studio/**'] : []),
  ],
  darkMode: ['variant', '&:where([data-theme="dark"], [data-theme="dark"] *)'],
  theme: {
    extend: {
      colors: {
        page: 'var(--page)',
        surface: 'var(--surface)',
        'surface-2': 'var(--surface-2)',
        ink: 'var(--ink)',
        muted: 'var(--muted)',
        line: 'var(--line)',
        accent: 'var(--accent)',
        mark: 'var(--hl)',
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ],
        serif: ['Georgia', 'Cambria', '"Times New Roman"', 'Times', 'serif'],
      },
    },
  },
}
