import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';

// One lazily loaded module per page: a reader downloads only the page they open.
const modules = import.meta.glob<{ default: Component }>('$content/playbooks/*/*.md');

export async function load({ data }) {
	const key = Object.keys(modules).find((path) =>
		data.page.file.endsWith(path.replace(/^.*?(?=playbooks\/)/, ''))
	);
	if (!key) error(404);
	const module = await modules[key]!();
	return { ...data, content: module.default };
}
