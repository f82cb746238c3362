import { isMastered } from '../review/mastery.ts';
import { turnFailedBy } from '../scenario/check.ts';
import type {
	Attempt,
	ReviewCard,
	ReviewLogEntry,
	Reading,
	SavedRun,
	Turn
} from '../storage/db.ts';

/** What the dashboard knows about one scenario from its file (prepared at build time). */
export interface CatalogueScenario {
	id: string;
	title: string;
	topic: string;
	difficulty: number;
	pass: number;
	max: number;
	/** Per turn node: the most it can earn and the skills it tests (all its options' skills). */
	nodes: Record<string, { best: number; skills: string[] }>;
}

export interface Catalogue {
	topics: { id: string; name: string; pages: { slug: string; title: string }[] }[];
	scenarios: CatalogueScenario[];
	skills: Record<string, { label: string; topic: string }>;
}

/** The trainee's records in one language, as read from the database. */
export interface ProgressRecords {
	attempts: Attempt[];
	turns: Turn[];
	/** True while the turns are still loading: they are by far the most records, so they come last. */
	turnsPending?: boolean;
	reading: Reading[];
	cards: ReviewCard[];
	reviewLog: ReviewLogEntry[];
	savedRuns: SavedRun[];
}

export interface ScenarioProgress {
	id: string;
	title: string;
	topic: string;
	attempts: number;
	finished: number;
	passed: boolean;
	best: number | null;
	last: number | null;
	/** Score share (0–100) of each finished attempt, oldest first, with when it ended. */
	trend: { at: number; percent: number }[];
	unfinished: boolean;
}

export interface SkillProgress {
	id: string;
	label: string;
	/** Answered turns that test this skill. */
	turns: number;
	/** Share of the attainable points earned on those turns, 0–100. */
	percent: number;
	failed: number;
}

export interface TopicProgress {
	id: string;
	name: string;
	pages: number;
	read: number;
	scenarios: number;
	practised: number;
	passed: number;
}

export type Suggestion =
	| { kind: 'review'; due: number }
	| { kind: 'resume'; scenario: string; title: string }
	| { kind: 'weak-skill'; scenario: string; title: string; skill: string }
	| { kind: 'not-passed'; scenario: string; title: string }
	| { kind: 'new'; scenario: string; title: string };

export interface ProgressSummary {
	topics: TopicProgress[];
	scenarios: ScenarioProgress[];
	skills: SkillProgress[];
	/** Skills (and the turn count) wait for the turns to load. */
	turnsPending: boolean;
	history: (Attempt & { title: string; percent: number })[];
	streak: { current: number; longest: number; activeToday: boolean };
	dueReviews: number;
	next: Suggestion[];
	totals: { attempts: number; finished: number; passed: number; turns: number };
}

const percentOf = (score: number, max: number) =>
	max > 0 ? Math.round((Math.max(0, score) / max) * 100) : 0;

/** Local calendar day number, so a streak follows the trainee's own midnight. */
function dayNumber(time: number, offsetMinutes: number): number {
	return Math.floor((time - offsetMinutes * 60_000) / 86_400_000);
}

/**
 * Everything the dashboard shows, from the raw records: pure, so it is tested and benchmarked
 * without a browser. Runs in one pass over the turns, which dominate (10 per attempt or more).
 */
export function summarizeProgress(
	catalogue: Catalogue,
	records: ProgressRecords,
	now: number,
	timezoneOffsetMinutes = new Date(now).getTimezoneOffset(),
	historyLength = 30
): ProgressSummary {
	const scenarioById = new Map(catalogue.scenarios.map((s) => [s.id, s]));
	const attemptsById = new Map<number, Attempt>();
	const byScenario = new Map<string, Attempt[]>();
	for (const attempt of records.attempts) {
		if (!scenarioById.has(attempt.scenarioId)) continue;
		attemptsById.set(attempt.id!, attempt);
		const list = byScenario.get(attempt.scenarioId) ?? [];
		list.push(attempt);
		byScenario.set(attempt.scenarioId, list);
	}
	const unfinished = new Set(records.savedRuns.map((run) => run.scenarioId));

	const scenarios: ScenarioProgress[] = catalogue.scenarios.map((scenario) => {
		const attempts = (byScenario.get(scenario.id) ?? []).sort((a, b) => a.startedAt - b.startedAt);
		const done = attempts.filter((a) => a.status === 'done');
		const trend = done.map((a) => ({
			at: a.endedAt ?? a.startedAt,
			percent: percentOf(a.score, a.max || scenario.max)
		}));
		return {
			id: scenario.id,
			title: scenario.title,
			topic: scenario.topic,
			attempts: attempts.length,
			finished: done.length,
			passed: done.some((a) => a.passed),
			best: trend.length ? Math.max(...trend.map((t) => t.percent)) : null,
			last: trend.at(-1)?.percent ?? null,
			trend,
			unfinished: unfinished.has(scenario.id)
		};
	});

	// Skills: each answered turn counts for every skill its node tests, weighted by how much of
	// the node's best the answer earned. Turns of nodes no longer in the file are skipped.
	const skillTotals = new Map<
		string,
		{ turns: number; earned: number; best: number; failed: number }
	>();
	for (const turn of records.turns) {
		const attempt = attemptsById.get(turn.attemptId);
		if (!attempt) continue;
		const scenario = scenarioById.get(attempt.scenarioId)!;
		const node = scenario.nodes[turn.node];
		if (!node || node.best <= 0) continue;
		const earned = Math.max(0, Math.min(turn.points, node.best));
		const failed = turnFailedBy(
			turn.points,
			node.best,
			scenario.pass,
			Boolean(turn.breakdown?.blockedBy)
		);
		for (const skill of node.skills) {
			const total = skillTotals.get(skill) ?? { turns: 0, earned: 0, best: 0, failed: 0 };
			total.turns++;
			total.earned += earned;
			total.best += node.best;
			if (failed) total.failed++;
			skillTotals.set(skill, total);
		}
	}
	// A day counts for the streak when a run started or ended on it, or a turn was reviewed.
	const activeDays = new Set<number>();
	for (const attempt of attemptsById.values()) {
		activeDays.add(dayNumber(attempt.startedAt, timezoneOffsetMinutes));
		if (attempt.endedAt) activeDays.add(dayNumber(attempt.endedAt, timezoneOffsetMinutes));
	}
	for (const entry of records.reviewLog)
		activeDays.add(dayNumber(entry.review, timezoneOffsetMinutes));
	const skills = [...skillTotals]
		.map(([id, total]) => ({
			id,
			label: catalogue.skills[id]?.label ?? id,
			turns: total.turns,
			percent: Math.round((total.earned / total.best) * 100),
			failed: total.failed
		}))
		.sort((a, b) => a.percent - b.percent || b.turns - a.turns || a.id.localeCompare(b.id));

	const readPages = new Set(records.reading.filter((r) => r.finished).map((r) => r.slug));
	const topics: TopicProgress[] = catalogue.topics.map((topic) => {
		const own = scenarios.filter((s) => s.topic === topic.id);
		return {
			id: topic.id,
			name: topic.name,
			pages: topic.pages.length,
			read: topic.pages.filter((page) => readPages.has(page.slug)).length,
			scenarios: own.length,
			practised: own.filter((s) => s.attempts > 0).length,
			passed: own.filter((s) => s.passed).length
		};
	});

	const endOfToday =
		(dayNumber(now, timezoneOffsetMinutes) + 1) * 86_400_000 + timezoneOffsetMinutes * 60_000;
	const dueReviews = records.cards.filter(
		(card) => card.due < endOfToday && !isMastered(card)
	).length;

	const next = suggest(catalogue, scenarios, skills, dueReviews, records.savedRuns);
	const history = [...attemptsById.values()]
		.sort((a, b) => b.startedAt - a.startedAt)
		.slice(0, historyLength)
		.map((a) => ({
			...a,
			title: scenarioById.get(a.scenarioId)!.title,
			percent: percentOf(a.score, a.max)
		}));
	const finished = scenarios.reduce((sum, s) => sum + s.finished, 0);
	return {
		topics,
		scenarios,
		skills,
		history,
		turnsPending: records.turnsPending ?? false,
		streak: streakOf(activeDays, dayNumber(now, timezoneOffsetMinutes)),
		dueReviews,
		next,
		totals: {
			attempts: attemptsById.size,
			finished,
			passed: [...attemptsById.values()].filter((a) => a.passed).length,
			turns: records.turns.length
		}
	};
}

/** Days in a row with practice, ending today (or yesterday, so the morning does not break it). */
export function streakOf(days: Set<number>, today: number) {
	let current = 0;
	for (let day = days.has(today) ? today : today - 1; days.has(day); day--) current++;
	let longest = 0;
	for (const day of days) {
		if (days.has(day - 1)) continue;
		let length = 1;
		while (days.has(day + length)) length++;
		longest = Math.max(longest, length);
	}
	return { current, longest, activeToday: days.has(today) };
}

/**
 * What to do next, most useful first: due reviews, an unfinished call, a scenario that trains the
 * weakest skill and is not passed yet, other scenarios not passed, then untried ones.
 */
function suggest(
	catalogue: Catalogue,
	scenarios: ScenarioProgress[],
	skills: SkillProgress[],
	dueReviews: number,
	savedRuns: SavedRun[],
	limit = 4
): Suggestion[] {
	const out: Suggestion[] = [];
	const taken = new Set<string>();
	const byId = new Map(scenarios.map((s) => [s.id, s]));
	if (dueReviews > 0) out.push({ kind: 'review', due: dueReviews });
	for (const run of [...savedRuns].sort((a, b) => b.savedAt - a.savedAt)) {
		const scenario = byId.get(run.scenarioId);
		if (!scenario || taken.has(scenario.id)) continue;
		taken.add(scenario.id);
		out.push({ kind: 'resume', scenario: scenario.id, title: scenario.title });
	}
	const weak = skills.filter((skill) => skill.turns > 0 && skill.percent < 70);
	for (const skill of weak) {
		// Easiest first: the scenario that trains the skill at the lowest difficulty.
		const match = catalogue.scenarios
			.filter((s) => !taken.has(s.id) && !byId.get(s.id)!.passed)
			.filter((s) => Object.values(s.nodes).some((node) => node.skills.includes(skill.id)))
			.sort((a, b) => a.difficulty - b.difficulty)[0];
		if (!match) continue;
		taken.add(match.id);
		out.push({ kind: 'weak-skill', scenario: match.id, title: match.title, skill: skill.label });
		if (out.length >= limit) return out;
	}
	for (const scenario of scenarios.filter((s) => s.finished > 0 && !s.passed && !taken.has(s.id))) {
		taken.add(scenario.id);
		out.push({ kind: 'not-passed', scenario: scenario.id, title: scenario.title });
	}
	const fresh = catalogue.scenarios
		.filter((s) => byId.get(s.id)!.attempts === 0 && !taken.has(s.id))
		.sort((a, b) => a.difficulty - b.difficulty);
	for (const scenario of fresh)
		out.push({ kind: 'new', scenario: scenario.id, title: scenario.title });
	return out.slice(0, limit);
}
