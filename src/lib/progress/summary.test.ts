import { describe, expect, it } from 'vitest';
import type { Attempt, ReviewCard, Turn } from '../storage/db.ts';
import { streakOf, summarizeProgress, type Catalogue, type ProgressRecords } from './summary.ts';

const day = 86_400_000;
const now = Date.UTC(2026, 10, 23, 12);

const catalogue: Catalogue = {
	topics: [
		{ id: 'closing', name: 'Closing', pages: [{ slug: 'closing', title: 'Closing' }] },
		{ id: 'collections', name: 'Collections', pages: [{ slug: 'collections', title: 'Coll' }] }
	],
	scenarios: [
		{
			id: 'ask',
			title: 'Ask for the order',
			topic: 'closing',
			difficulty: 1,
			pass: 60,
			max: 20,
			nodes: {
				a: { best: 10, skills: ['ask-for-order'] },
				b: { best: 10, skills: ['read-signals', 'ask-for-order'] }
			}
		},
		{
			id: 'late',
			title: 'Late payment',
			topic: 'collections',
			difficulty: 2,
			pass: 60,
			max: 10,
			nodes: { c: { best: 10, skills: ['payment-plan'] } }
		},
		{
			id: 'easy-pay',
			title: 'Easy payment',
			topic: 'collections',
			difficulty: 1,
			pass: 60,
			max: 10,
			nodes: { d: { best: 10, skills: ['payment-plan'] } }
		}
	],
	skills: {
		'ask-for-order': { label: 'Ask for the order', topic: 'closing' },
		'read-signals': { label: 'Read signals', topic: 'closing' },
		'payment-plan': { label: 'Payment plan', topic: 'collections' }
	}
};

let nextId = 1;
function attempt(
	scenarioId: string,
	startedAt: number,
	score: number,
	extra: Partial<Attempt> = {}
) {
	return {
		id: nextId++,
		scenarioId,
		locale: 'en',
		version: 'v',
		mode: 'coach',
		startedAt,
		endedAt: startedAt + 60_000,
		status: 'done',
		score,
		max: catalogue.scenarios.find((s) => s.id === scenarioId)!.max,
		passed: score >= 0.6 * catalogue.scenarios.find((s) => s.id === scenarioId)!.max,
		...extra
	} satisfies Attempt;
}
function turn(attempt: Attempt, index: number, node: string, points: number): Turn {
	return {
		attemptId: attempt.id!,
		index,
		node,
		kind: 'choice',
		option: 0,
		points,
		patience: 0,
		skills: [],
		answeredAt: attempt.startedAt + index * 1000,
		tookMs: 1000
	};
}

function records(): ProgressRecords {
	const first = attempt('ask', now - 3 * day, 8);
	const second = attempt('ask', now - day, 18);
	const late = attempt('late', now - 2 * day, 2);
	const active = attempt('late', now - 1000, 0, {
		status: 'active',
		endedAt: undefined,
		passed: undefined
	});
	return {
		attempts: [second, first, late, active],
		turns: [
			turn(first, 0, 'a', 4),
			turn(first, 1, 'b', 4),
			turn(second, 0, 'a', 10),
			turn(second, 1, 'b', 8),
			turn(late, 0, 'c', 2),
			turn(active, 0, 'gone-node', 5)
		],
		reading: [
			{ locale: 'en', slug: 'closing', firstReadAt: 1, lastReadAt: 2, progress: 1, finished: true },
			{
				locale: 'en',
				slug: 'collections',
				firstReadAt: 1,
				lastReadAt: 2,
				progress: 0.4,
				finished: false
			}
		],
		cards: [
			{ due: now - 1000, state: 1, scheduled_days: 0 } as ReviewCard,
			{ due: now + 5 * day, state: 2, scheduled_days: 5 } as ReviewCard,
			{ due: now - day, state: 2, scheduled_days: 30 } as ReviewCard
		],
		reviewLog: [],
		savedRuns: [
			{
				locale: 'en',
				scenarioId: 'late',
				attemptId: active.id,
				version: 'v',
				snapshot: {},
				seed: 1,
				savedAt: now
			}
		]
	};
}

describe('summarizeProgress', () => {
	const summary = summarizeProgress(catalogue, records(), now, 0);

	it('counts read, practised and passed per topic', () => {
		expect(summary.topics).toEqual([
			{ id: 'closing', name: 'Closing', pages: 1, read: 1, scenarios: 1, practised: 1, passed: 1 },
			{
				id: 'collections',
				name: 'Collections',
				pages: 1,
				read: 0,
				scenarios: 2,
				practised: 1,
				passed: 0
			}
		]);
	});

	it('gives each scenario its best and last score and a trend oldest first', () => {
		const ask = summary.scenarios.find((s) => s.id === 'ask')!;
		expect(ask).toMatchObject({ attempts: 2, finished: 2, passed: true, best: 90, last: 90 });
		expect(ask.trend.map((t) => t.percent)).toEqual([40, 90]);
		const late = summary.scenarios.find((s) => s.id === 'late')!;
		expect(late).toMatchObject({
			attempts: 2,
			finished: 1,
			passed: false,
			best: 20,
			unfinished: true
		});
		expect(summary.scenarios.find((s) => s.id === 'easy-pay')).toMatchObject({
			attempts: 0,
			best: null
		});
	});

	it('ranks skills weakest first by the share of attainable points earned', () => {
		expect(summary.skills.map((s) => [s.id, s.percent, s.turns, s.failed])).toEqual([
			['payment-plan', 20, 1, 1],
			['read-signals', 60, 2, 1],
			['ask-for-order', 65, 4, 2]
		]);
		expect(summary.skills[0]!.label).toBe('Payment plan');
	});

	it('counts only due, unretired review cards', () => {
		expect(summary.dueReviews).toBe(1);
	});

	it('suggests reviews, the unfinished call, then the easiest scenario for the weakest skill', () => {
		expect(summary.next).toEqual([
			{ kind: 'review', due: 1 },
			{ kind: 'resume', scenario: 'late', title: 'Late payment' },
			{ kind: 'weak-skill', scenario: 'easy-pay', title: 'Easy payment', skill: 'Payment plan' }
		]);
	});

	it('lists history newest first with the score share', () => {
		expect(summary.history.map((a) => [a.scenarioId, a.status, a.percent])).toEqual([
			['late', 'active', 0],
			['ask', 'done', 90],
			['late', 'done', 20],
			['ask', 'done', 40]
		]);
		expect(summary.totals).toEqual({ attempts: 4, finished: 3, passed: 1, turns: 6 });
	});

	it('ignores attempts of scenarios that are no longer shipped', () => {
		const extra = records();
		const gone = { ...attempt('ask', now, 5), scenarioId: 'deleted' };
		extra.attempts.push(gone);
		extra.turns.push(turn(gone, 0, 'x', 5));
		const again = summarizeProgress(catalogue, extra, now, 0);
		expect(again.totals.attempts).toBe(4);
		expect(again.history.some((a) => a.scenarioId === 'deleted')).toBe(false);
	});
});

describe('streakOf', () => {
	it('counts days in a row ending today or yesterday, and the longest run', () => {
		expect(streakOf(new Set([10, 9, 8, 5, 4]), 10)).toEqual({
			current: 3,
			longest: 3,
			activeToday: true
		});
		expect(streakOf(new Set([9, 8]), 10)).toEqual({ current: 2, longest: 2, activeToday: false });
		expect(streakOf(new Set([8, 3, 2, 1, 0]), 10)).toEqual({
			current: 0,
			longest: 4,
			activeToday: false
		});
	});

	it('follows the trainee’s own midnight', () => {
		// 23:30 and 00:30 local time in UTC+8 are two days, though both fall on one UTC day.
		const base = Date.UTC(2026, 10, 20, 15, 30);
		const a = attempt('ask', base, 10);
		const b = attempt('ask', base + 3_600_000, 10);
		const summary = summarizeProgress(
			catalogue,
			{
				...records(),
				attempts: [a, b],
				turns: [turn(a, 0, 'a', 5), turn(b, 0, 'a', 5)],
				savedRuns: []
			},
			base + 3_600_000,
			-480
		);
		expect(summary.streak).toMatchObject({ current: 2, activeToday: true });
	});
});
