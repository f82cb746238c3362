import { describe, expect, it } from 'vitest';
import { callList, csi, funnel, receivables, revenue } from './definitions.ts';

describe('calculators', () => {
	it('call list: meetings ÷ hit rate, rounded up, spread over the days', () => {
		expect(callList({ meetings: 5, hitRate: 20, days: 5 })).toEqual({ calls: 25, callsPerDay: 5 });
		expect(callList({ meetings: 10, hitRate: 13, days: 4 })).toEqual({
			calls: 77,
			callsPerDay: 20
		});
	});

	it('funnel: each stage applies its rate to the one before', () => {
		const result = funnel({
			leads: 200,
			contactRate: 50,
			meetingRate: 25,
			proposalRate: 60,
			closeRate: 40
		});
		expect(result.stages.map((stage) => stage.count)).toEqual([200, 100, 25, 15, 6]);
		expect(result.overallRate).toBeCloseTo(0.03);
	});

	it('revenue: three levers raised together compound', () => {
		const result = revenue({ customers: 100, spend: 1000, frequency: 4, lift: 10 });
		expect(result.base).toBe(400_000);
		expect(result.oneLever).toBeCloseTo(440_000);
		expect(result.allLevers).toBeCloseTo(532_400);
		expect(result.allLeversGain).toBeCloseTo(0.331);
	});

	it('CSI: perceived ÷ expected × 100 with a verdict', () => {
		expect(csi({ perceived: 8, expected: 8 })).toEqual({ index: 100, verdict: 'exceeds' });
		expect(csi({ perceived: 6, expected: 8 })).toEqual({ index: 75, verdict: 'below' });
	});

	it('receivables: DSO and days beyond terms', () => {
		expect(
			receivables({ receivables: 300_000, creditSales: 900_000, days: 90, terms: 30 })
		).toEqual({
			dso: 30,
			beyondTerms: 0
		});
		expect(
			receivables({ receivables: 600_000, creditSales: 1_500_000, days: 90, terms: 30 }).beyondTerms
		).toBeCloseTo(6);
	});
});
