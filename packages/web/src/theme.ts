import {
  Anchor,
  createTheme,
  defaultVariantColorsResolver,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

const vigil: MantineColorsTuple = [
  '#e8f2fb',
  '#d2e2f2',
  '#a3c3e6',
  '#71a2da',
  '#4886d0',
  '#2f74ca',
  '#206bc8',
  '#125ab2',
  '#0a4f9f',
  '#00448d',
];

/**
 * Light badges and alerts put coloured text on a tint of the same colour, under 4.5:1 for green,
 * yellow and orange even at shade 9; darken the text so every colour passes WCAG AA.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  return parsed.isThemeColor
    ? { ...colors, color: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 40%)` }
    : colors;
};

export const theme = createTheme({
  variantColorResolver,
  primaryColor: 'vigil',
  primaryShade: 8,
  colors: { vigil },
  focusRing: 'auto',
  defaultRadius: 'md',
  components: {
    // Links sit inside running text on several pages; colour alone does not mark them (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
    }),
  },
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

/** Mantine's default dimmed grey and error red are below 4.5:1 on light backgrounds; go one shade darker. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
