import { tokens } from '@fluentui/react-components';

/** Styles for a bare list whose items stack with a small gap (the findings, the queue). */
export const stackedList = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
} as const;
