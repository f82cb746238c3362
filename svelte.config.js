import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

// The playbook Markdown reaches mdsvex already rewritten by the content plugin in vite.config.ts
// (headings with ids, :::blocks as components, braces escaped), so mdsvex only does Markdown → Svelte.

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'], smartypants: false })],
	compilerOptions: {
		// Force runes mode for the project, except for libraries. Can be removed in svelte 6.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({
			pages: process.env.PEILIAN_BUILD_DIR ?? 'build',
			assets: process.env.PEILIAN_BUILD_DIR ?? 'build',
			fallback: '404.html',
			strict: true
		}),
		alias: {
			// Benchmarks point this at a generated corpus; everyone else uses ./content.
			$content: process.env.PEILIAN_CONTENT_DIR ?? 'content'
		},
		serviceWorker: { register: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		},
		version: { pollInterval: 0 }
	}
};

export default config;
