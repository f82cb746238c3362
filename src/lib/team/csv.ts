import { toCsv, type Cell } from '../csv.ts';
import type { Catalogue } from '../progress/summary.ts';
import { csvColumns, type CsvColumn } from '../storage/transfer.ts';
import { recordsIn, type TeamMember } from './aggregate.ts';

/** The columns of the team CSV: who, then the columns of a trainee's own attempts CSV. */
export const teamCsvColumns = [
	'trainee',
	...csvColumns.filter((column) => column !== 'id')
] as const satisfies readonly (CsvColumn | 'trainee')[];
export type TeamCsvColumn = (typeof teamCsvColumns)[number];

/**
 * Every attempt in `locale` of every trainee, one row each, trainee by trainee in the order
 * given and oldest first. (The attempt's id on the trainee's device means nothing here and is
 * left out.) `headers` translates the header row.
 */
export function teamCsv(
	members: readonly TeamMember[],
	catalogue: Catalogue,
	locale: string,
	headers?: Readonly<Record<TeamCsvColumn, string>>
): string {
	const titles = new Map(catalogue.scenarios.map((s) => [s.id, s.title]));
	const rows: Cell[][] = [teamCsvColumns.map((column) => headers?.[column] ?? column)];
	for (const member of members) {
		const records = recordsIn(member.file, locale);
		const turnsOf = new Map<number, { count: number; ms: number }>();
		for (const turn of records.turns) {
			const total = turnsOf.get(turn.attemptId) ?? { count: 0, ms: 0 };
			total.count++;
			total.ms += turn.tookMs;
			turnsOf.set(turn.attemptId, total);
		}
		for (const a of [...records.attempts].sort((x, y) => x.startedAt - y.startedAt)) {
			const own = (a.id === undefined ? undefined : turnsOf.get(a.id)) ?? { count: 0, ms: 0 };
			const cells: Record<TeamCsvColumn, Cell> = {
				trainee: member.trainee,
				locale: a.locale,
				scenario: a.scenarioId,
				title: titles.get(a.scenarioId) ?? a.scenarioId,
				mode: a.mode,
				started: new Date(a.startedAt).toISOString(),
				ended: a.endedAt === undefined ? '' : new Date(a.endedAt).toISOString(),
				status: a.status,
				outcome: a.outcome ?? '',
				score: a.score,
				max: a.max,
				percent: a.max > 0 ? Math.round((a.score / a.max) * 100) : null,
				passed: a.passed,
				turns: own.count,
				seconds: Math.round(own.ms / 100) / 10
			};
			rows.push(teamCsvColumns.map((column) => cells[column]));
		}
	}
	return toCsv(rows);
}

function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `peilian-team-zh-CN-2026-11-23.csv`. */
export function teamCsvFileName(locale: string, now: Date): string {
	return `peilian-team-${locale}-${localDate(now)}.csv`;
}

/** `peilian-xapi-zh-CN-2026-11-23.json`. */
export function xapiFileName(locale: string, now: Date): string {
	return `peilian-xapi-${locale}-${localDate(now)}.json`;
}
