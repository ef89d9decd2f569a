import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

// DESIGN.md rule 8: no way to turn a string into markup or code.
const bannedSyntax = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'innerHTML is banned: use lit templates.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'outerHTML is banned: use lit templates.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is banned.' },
  { selector: "CallExpression[callee.name='eval']", message: 'eval is banned.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is banned.' },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'site/**',
      'packages/*/src/generated/**',
      'bench/results/**',
      '.tmp/**',
      'examples/**/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...bannedSyntax],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML is banned (DESIGN.md rule 8).' },
            { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG is banned (DESIGN.md rule 8).' },
            { name: 'lit-html/directives/unsafe-html.js', message: 'unsafeHTML is banned (DESIGN.md rule 8).' },
            { name: 'lit-html/directives/unsafe-svg.js', message: 'unsafeSVG is banned (DESIGN.md rule 8).' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // chai assertions read as expressions (`expect(x).to.exist`).
    files: ['**/*.test.ts', 'packages/core/src/testing/**', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
