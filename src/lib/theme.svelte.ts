import { MediaQuery } from 'svelte/reactivity';

type Preference = 'system' | 'light' | 'dark';
const key = 'peilian:theme';

/** Light/dark preference: follows the system until the reader picks one, then remembers it. */
class Theme {
	#preference = $state<Preference>('system');
	#systemDark = new MediaQuery('prefers-color-scheme: dark', false);

	constructor() {
		if (typeof localStorage === 'undefined') return;
		try {
			const saved = localStorage.getItem(key);
			if (saved === 'light' || saved === 'dark') this.#preference = saved;
		} catch {
			// Storage can be blocked; the theme then lasts for this visit only.
		}
	}

	get current(): 'light' | 'dark' {
		if (this.#preference !== 'system') return this.#preference;
		return this.#systemDark.current ? 'dark' : 'light';
	}

	toggle() {
		this.#preference = this.current === 'dark' ? 'light' : 'dark';
		document.documentElement.dataset.theme = this.#preference;
		try {
			localStorage.setItem(key, this.#preference);
		} catch {
			// See above.
		}
	}
}

export const theme = new Theme();
