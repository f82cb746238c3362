import {
	summarizeProgress,
	type Catalogue,
	type CatalogueScenario,
	type ProgressRecords,
	type ProgressSummary
} from '../progress/summary.ts';
import type { ProgressFile } from '../storage/transfer.ts';
import { turnFailedBy } from '../scenario/check.ts';

/**
 * The trainer's team view: trainees' progress files (as `parseProgressFile` returns them) read
 * side by side. Pure, so it is tested without a browser. Each trainee is summarised with the
 * trainee's own dashboard code (`summarizeProgress`), so a trainer sees the same best scores and
 * skill shares the trainee sees; the team-wide figures are built from those summaries and from
 * the turns.
 *
 * Only records in one language count: the catalogue (titles, pass marks, each turn's best) is of
 * one language, and a scenario's turns differ between its two language versions.
 */

export interface TeamMember {
	/** The stored team file's id, handed back on the trainee's row (for its remove button). */
	id?: number;
	trainee: string;
	file: ProgressFile;
}

export interface TraineeRow {
	id?: number;
	trainee: string;
	/** Attempts of catalogue scenarios in this language, finished or not. */
	attempts: number;
	finished: number;
	/** Scenarios with at least one attempt. */
	practised: number;
	/** Scenarios passed at least once. */
	passedScenarios: number;
	/** Mean over the scenarios finished at least once of the best score there, 0–100. */
	meanBest: number | null;
	/** The latest attempt start or end, answer or review, in epoch milliseconds. */
	lastActive: number | null;
	/** The skill with the lowest share of points (as on the trainee's dashboard). */
	weakestSkill: { id: string; label: string; percent: number } | null;
	/** When the trainee made the file. */
	exportedAt: string;
}

export interface ScenarioRow {
	id: string;
	title: string;
	topic: string;
	/** Trainees with at least one attempt. */
	practised: number;
	/** Trainees who passed it at least once. */
	passed: number;
	/** Trainees who finished it at least once (those with a best score). */
	finished: number;
	/** Median of the trainees' best scores, 0–100. */
	medianBest: number | null;
	/**
	 * How many trainees' best score falls in each 10-point bucket: [0–9, 10–19, …, 90–100]
	 * (100 joins the last bucket).
	 */
	distribution: number[];
}

export interface HardTurn {
	scenarioId: string;
	title: string;
	node: string;
	answered: number;
	failed: number;
	/** failed / answered, 0–1. */
	failureRate: number;
}

export interface SkillRow {
	id: string;
	label: string;
	/** Answered turns whose node tests the skill, across the team. */
	answered: number;
	failed: number;
	/** Share of those turns not failed, 0–1. */
	passRate: number;
}

export interface TeamReport {
	trainees: TraineeRow[];
	/** Scenarios someone practised, in catalogue order. */
	scenarios: ScenarioRow[];
	/** Turns answered at least `minAnswers` times, most often failed first. */
	hardestTurns: HardTurn[];
	/** Lowest pass rate first. */
	skills: SkillRow[];
	totals: { trainees: number; attempts: number; finished: number; answers: number };
	/** Attempts in the files made in another language: left out, and the page says so. */
	otherLanguageAttempts: number;
}

export const bucketCount = 10;
/** A turn needs this many answers across the team before its failure rate means anything. */
export const minAnswers = 2;

export { turnFailedBy };

/** The records of one language in a file, shaped as the dashboard reads them from Dexie. */
export function recordsIn(file: ProgressFile, locale: string): ProgressRecords {
	const t = file.tables;
	const attempts = t.attempts.filter((a) => a.locale === locale);
	const attemptIds = new Set(attempts.map((a) => a.id));
	const cards = t.cards.filter((c) => c.locale === locale);
	const cardIds = new Set(cards.map((c) => c.id));
	return {
		attempts,
		turns: t.turns.filter((turn) => attemptIds.has(turn.attemptId)),
		reading: t.reading.filter((r) => r.locale === locale),
		cards,
		reviewLog: t.reviewLog.filter((entry) => cardIds.has(entry.cardId)),
		savedRuns: t.savedRuns.filter((run) => run.locale === locale)
	};
}

/** The middle value (the mean of the middle two for an even count); null when there is none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Which 10-point bucket a 0–100 score falls in: 0–9 → 0, …, 90–100 → 9. */
export function bucketOf(percent: number): number {
	return Math.min(bucketCount - 1, Math.max(0, Math.floor(percent / 10)));
}

/** The latest practice: attempts started or ended, answers, reviews (of scenarios still here). */
function lastActivity(records: ProgressRecords, scenarioIds: ReadonlySet<string>): number | null {
	let last = -Infinity;
	const attempts = new Set<number>();
	for (const a of records.attempts) {
		if (!scenarioIds.has(a.scenarioId)) continue;
		if (a.id !== undefined) attempts.add(a.id);
		last = Math.max(last, a.startedAt, a.endedAt ?? -Infinity);
	}
	for (const turn of records.turns)
		if (attempts.has(turn.attemptId)) last = Math.max(last, turn.answeredAt);
	const cards = new Set(
		records.cards.filter((c) => scenarioIds.has(c.scenarioId)).map((c) => c.id)
	);
	for (const entry of records.reviewLog)
		if (cards.has(entry.cardId)) last = Math.max(last, entry.review);
	return Number.isFinite(last) ? last : null;
}

function traineeRow(
	member: TeamMember,
	records: ProgressRecords,
	summary: ProgressSummary,
	scenarioIds: ReadonlySet<string>
): TraineeRow {
	const bests = summary.scenarios.flatMap((s) => (s.best === null ? [] : [s.best]));
	const weakest = summary.skills[0];
	return {
		...(member.id === undefined ? {} : { id: member.id }),
		trainee: member.trainee,
		attempts: summary.totals.attempts,
		finished: summary.totals.finished,
		practised: summary.scenarios.filter((s) => s.attempts > 0).length,
		passedScenarios: summary.scenarios.filter((s) => s.passed).length,
		meanBest: bests.length ? bests.reduce((sum, b) => sum + b, 0) / bests.length : null,
		lastActive: lastActivity(records, scenarioIds),
		weakestSkill: weakest
			? { id: weakest.id, label: weakest.label, percent: weakest.percent }
			: null,
		exportedAt: member.file.exportedAt
	};
}

/**
 * Everything the team view shows, for the records in `locale`. `catalogue` must be of that
 * language; `now` only matters to the per-trainee summaries (streaks, due reviews), not shown.
 */
export function aggregateTeam(
	members: readonly TeamMember[],
	catalogue: Catalogue,
	locale: string,
	now = Date.now()
): TeamReport {
	const scenarioById = new Map(catalogue.scenarios.map((s) => [s.id, s]));
	const scenarioIds = new Set(scenarioById.keys());
	const perScenario = new Map(
		catalogue.scenarios.map((s) => [s.id, { practised: 0, passed: 0, bests: [] as number[] }])
	);
	const turnStats = new Map<string, { scenario: CatalogueScenario; node: string } & Counts>();
	const skillStats = new Map<string, Counts>();
	const trainees: TraineeRow[] = [];
	let answers = 0;
	let otherLanguageAttempts = 0;

	for (const member of members) {
		otherLanguageAttempts += member.file.tables.attempts.filter((a) => a.locale !== locale).length;
		const records = recordsIn(member.file, locale);
		// Timezone offset 0: the summaries' day boundaries (streaks) are not shown here.
		const summary = summarizeProgress(catalogue, records, now, 0, 0);
		trainees.push(traineeRow(member, records, summary, scenarioIds));
		for (const scenario of summary.scenarios) {
			const stats = perScenario.get(scenario.id)!;
			if (scenario.attempts > 0) stats.practised++;
			if (scenario.passed) stats.passed++;
			if (scenario.best !== null) stats.bests.push(scenario.best);
		}

		const scenarioOf = new Map<number, CatalogueScenario>();
		for (const attempt of records.attempts) {
			const scenario = scenarioById.get(attempt.scenarioId);
			if (scenario && attempt.id !== undefined) scenarioOf.set(attempt.id, scenario);
		}
		for (const turn of records.turns) {
			const scenario = scenarioOf.get(turn.attemptId);
			const node = scenario?.nodes[turn.node];
			// Nodes no longer in the scenario, and turns worth nothing, are left out, as on the
			// trainee's dashboard.
			if (!scenario || !node || node.best <= 0) continue;
			answers++;
			const failed = turnFailedBy(
				turn.points,
				node.best,
				scenario.pass,
				Boolean(turn.breakdown?.blockedBy)
			);
			const key = `${scenario.id}#${turn.node}`;
			const stats = turnStats.get(key) ?? { scenario, node: turn.node, answered: 0, failed: 0 };
			count(stats, failed);
			turnStats.set(key, stats);
			for (const skill of node.skills) {
				const skillCounts = skillStats.get(skill) ?? { answered: 0, failed: 0 };
				count(skillCounts, failed);
				skillStats.set(skill, skillCounts);
			}
		}
	}

	const scenarios: ScenarioRow[] = catalogue.scenarios
		.map((scenario) => {
			const stats = perScenario.get(scenario.id)!;
			const distribution = Array.from({ length: bucketCount }, () => 0);
			for (const best of stats.bests) distribution[bucketOf(best)]!++;
			return {
				id: scenario.id,
				title: scenario.title,
				topic: scenario.topic,
				practised: stats.practised,
				passed: stats.passed,
				finished: stats.bests.length,
				medianBest: median(stats.bests),
				distribution
			};
		})
		.filter((row) => row.practised > 0);

	const hardestTurns: HardTurn[] = [...turnStats.values()]
		.filter((stats) => stats.answered >= minAnswers)
		.map((stats) => ({
			scenarioId: stats.scenario.id,
			title: stats.scenario.title,
			node: stats.node,
			answered: stats.answered,
			failed: stats.failed,
			failureRate: stats.failed / stats.answered
		}))
		.sort(
			(a, b) =>
				b.failureRate - a.failureRate ||
				b.answered - a.answered ||
				a.scenarioId.localeCompare(b.scenarioId) ||
				a.node.localeCompare(b.node)
		);

	const skills: SkillRow[] = [...skillStats]
		.map(([id, stats]) => ({
			id,
			label: catalogue.skills[id]?.label ?? id,
			answered: stats.answered,
			failed: stats.failed,
			passRate: (stats.answered - stats.failed) / stats.answered
		}))
		.sort((a, b) => a.passRate - b.passRate || b.answered - a.answered || a.id.localeCompare(b.id));

	return {
		trainees,
		scenarios,
		hardestTurns,
		skills,
		totals: {
			trainees: trainees.length,
			attempts: trainees.reduce((sum, row) => sum + row.attempts, 0),
			finished: trainees.reduce((sum, row) => sum + row.finished, 0),
			answers
		},
		otherLanguageAttempts
	};
}

interface Counts {
	answered: number;
	failed: number;
}

function count(counts: Counts, failed: boolean) {
	counts.answered++;
	if (failed) counts.failed++;
}
