import { fnv1a } from './hash.ts';

/**
 * Writers tend to list the best answer first; shown in that order, "press 1" would win. Options are
 * shown in an order shuffled per run and node: stable across a reload (the seed is saved with the
 * run), different from run to run.
 */
export function displayOrder(count: number, seed: number, nodeId: string): number[] {
	const random = mulberry32(seed ^ fnv1a(nodeId));
	const order = Array.from({ length: count }, (_, i) => i);
	for (let i = count - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

export function newSeed(): number {
	return Math.floor(Math.random() * 2 ** 32);
}

function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
