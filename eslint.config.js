/**
 * ESLint: the recommended JavaScript, TypeScript (type-checked) and Svelte rules, with Prettier
 * owning layout (`npm run lint` runs both). Type information comes from tsconfig.json through
 * typescript-eslint's project service, so rules such as no-floating-promises see every promise a
 * view or script leaves unhandled.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'build-bench/',
			'.svelte-kit-bench/',
			'static/',
			'data/raw/',
			'docs/',
			'test-results/',
			'playwright-report/',
			'node_modules/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: {
				...globals.browser,
				...globals.node,
				// build-time constants (vite.config.ts `define`, typed in src/app.d.ts)
				__DUCKDB_WASM_BYTES__: 'readonly',
				__KSHETRA_DATA__: 'readonly',
				__KSHETRA_DATA_BYTES__: 'readonly'
			},
			parserOptions: {
				// The service worker is outside SvelteKit's tsconfig (it has the webworker library,
				// not the DOM's), so it is checked in a project of its own.
				projectService: { allowDefaultProject: ['src/service-worker.ts'] },
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// The rule this step adds lint for: a promise nobody awaits or catches fails silently.
			'@typescript-eslint/no-floating-promises': 'error',
			// `_name` marks an argument or binding kept for its position (a callback's signature).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
			],
			// Off: the site is served from arbitrary sub-paths and its links are deliberately built as
			// `withLang(resolve('/seat/[pc]', …))` (the language travels in the query) or from
			// `page.url.pathname`, which already carries the base path; embeds use relative links.
			// The rule only accepts a bare `resolve()` as the href/goto argument, so every such link
			// would be a false report, and rewriting them to satisfy it would drop the language.
			'svelte/no-navigation-without-resolve': 'off',
			// Off: its only reports are `{' '}`, which Prettier writes to keep a space that Svelte 5
			// would otherwise trim at a block's edge ({/if}) or a wrapped line; it is not useless.
			'svelte/no-useless-mustaches': 'off',
			// Off: it reports every Map, Set, Date and URLSearchParams created in a component or a
			// .svelte.ts file, not only those mutated inside reactive state. Its 50 reports here were
			// all one of: maps held in `$state.raw` and replaced whole on change
			// (`this.loaded = new Map(this.loaded).set(key, v)`, the project's pattern, which
			// SvelteMap would make deeply tracked for no use); maps and sets built inside a function or
			// a $derived and returned unchanged; URLSearchParams copied to build a link; and private
			// bookkeeping (pending loads, worker requests, a memo of booth cells) that must NOT be
			// tracked, since an effect reading it would re-run on every load it starts. The one case
			// it is for, a Map or Set mutated in place and read by the view, was not among them: use
			// SvelteMap/SvelteSet (svelte/reactivity) there.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Test fakes implement async interfaces (IndexedDB stores, fetch) with bodies that have
		// nothing to await: `async` keeps the interface's promise and its rejection semantics.
		files: ['tests/**'],
		rules: { '@typescript-eslint/require-await': 'off' }
	},
	{
		// Outside tsconfig.json (bench/ runs under tsx with its own imports; the config files are
		// plain JavaScript): the rules that need no type information.
		files: ['bench/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
		extends: [ts.configs.disableTypeChecked]
	}
);
