import { describe, expect, it } from 'vitest';
import { displayOrder } from './order.ts';

describe('option display order', () => {
	it('is a permutation, the same for the same run and node', () => {
		const order = displayOrder(4, 12345, 'opening');
		expect([...order].sort()).toEqual([0, 1, 2, 3]);
		expect(displayOrder(4, 12345, 'opening')).toEqual(order);
	});

	it('puts the first-written option first in only about a quarter of runs', () => {
		let first = 0;
		for (let seed = 0; seed < 4000; seed++)
			if (displayOrder(4, seed * 7919, 'opening')[0] === 0) first++;
		expect(first / 4000).toBeGreaterThan(0.2);
		expect(first / 4000).toBeLessThan(0.3);
	});
});
