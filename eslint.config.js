// ESLint flat config. typescript-eslint 8 supports TypeScript < 6.1, which is
// why typescript is pinned to 5.9 (the 7.x native compiler has no lint API yet).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { basename } from 'node:path';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/;

/** File names are kebab-case and named after their main export (DESIGN.md section 8). */
const kebabCaseFiles = {
  meta: { type: 'suggestion', messages: { kebab: 'File name "{{name}}" is not kebab-case.' }, schema: [] },
  create(context) {
    return {
      Program(node) {
        const name = basename(context.filename);
        if (!KEBAB.test(name)) context.report({ node, messageId: 'kebab', data: { name } });
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'bench/results/', 'src/admin/client/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { imprint: { rules: { 'kebab-case-files': kebabCaseFiles } } },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'imprint/kebab-case-files': 'error',
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/site/client/**/*.js', 'src/site/assets/**/*.js', 'src/admin/client/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**'],
    rules: { 'max-lines': 'off' },
  },
);
