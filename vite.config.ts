import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { peilianContent } from './src/lib/content/vite-plugin.ts';

const contentDir = process.env.PEILIAN_CONTENT_DIR ?? 'content';

export default defineConfig({
	plugins: [peilianContent(contentDir), sveltekit()],
	server: { fs: { allow: [contentDir] } },
	test: {
		include: ['src/**/*.{test,spec}.ts', 'tests/unit/**/*.{test,spec}.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
