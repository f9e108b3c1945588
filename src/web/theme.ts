import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/** Teal; shade 7 (#0f766e) gives 5.5:1 against white, so filled buttons and links meet WCAG AA. */
const haven: MantineColorsTuple = [
  '#f0fdfa',
  '#ccfbf1',
  '#99f6e4',
  '#5eead4',
  '#2dd4bf',
  '#14b8a6',
  '#0d9488',
  '#0f766e',
  '#115e59',
  '#134e4a',
];

export const theme = createTheme({
  colors: { haven },
  primaryColor: 'haven',
  primaryShade: 7,
  focusRing: 'auto',
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
});

/**
 * Mantine's defaults for dimmed text (gray 6, 3.3:1 on white) and errors (red 6, 3.3:1) fail
 * WCAG AA; gray 7 (8:1) and red 9 (5.5:1) pass.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
