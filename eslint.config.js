import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Hosts reach the core only through shared/index.ts, never each other, and never the playground:
 * production knows nothing of the stand-ins (the playground wires them in its own entries).
 */
const coreDoor = (otherHost) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: 'shared/(?!index\\.ts$)', message: 'Import the core only from shared/index.ts.' },
        { regex: `(^|/)${otherHost}/`, message: 'The hosts never import each other.' },
        {
          regex: '(^|/)playground/',
          message: 'Production code never imports the playground; wire stand-ins in playground/.',
        },
        {
          regex: '^@fluentui/react-icons$',
          message:
            'Import each icon from @fluentui/react-icons/svg/<name>: the whole set (17 MB) would be prebundled for every dev and test page.',
        },
      ],
    },
  ],
});

const hostGlobals = [
  'Intl',
  'Office',
  'CardService',
  'GmailApp',
  'Gmail',
  'PropertiesService',
  'Session',
  'Utilities',
  'window',
  'document',
  'navigator',
  'fetch',
  'console',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'coverage/',
      'shared/calendar/holidayTable.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['addin/**/*.{ts,tsx}', 'playground/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['addin/**/*.{ts,tsx}'], rules: coreDoor('gmail-addon') },
  { files: ['gmail-addon/**/*.ts'], rules: coreDoor('addin') },
  {
    // The core is pure: no host APIs, no clock, no randomness.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...hostGlobals.map((name) => ({ name, message: 'shared/ is host-free.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: '"now" is an argument in shared/.' },
        { object: 'Math', property: 'random', message: 'shared/ is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: '"now" is an argument in shared/.',
        },
      ],
    },
  },
);
