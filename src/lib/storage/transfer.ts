import * as v from 'valibot';
import { toCsv, type Cell } from '../csv.ts';
import type {
	Attempt,
	Bookmark,
	ChecklistTick,
	PeilianDB,
	Reading,
	ReviewCard,
	ReviewLogEntry,
	SavedRun,
	Setting,
	TableName,
	Turn
} from './db.ts';

/**
 * Moving a trainee's progress between devices (and to a trainer) as one JSON file, and their
 * attempts to a spreadsheet as CSV.
 *
 * The file is versioned apart from the database: each file version has its own schema, and older
 * files are brought up to the current layout by a chain of `migrations`, one step per version.
 * Reading a file (`parseProgressFile`) never touches the database, so the trainer studio can
 * reuse it; `importProgress` validates everything first and then merges in one transaction.
 */

export const progressFormat = 'peilian-progress';
export const currentVersion = 2;
/** The largest file accepted, checked on the text before it is parsed. */
export const maxProgressMegabytes = 32;
const maxProgressChars = maxProgressMegabytes * 1024 * 1024;

/**
 * The tables of the current file version, in export order. Deliberately not `tableNames` from
 * db.ts: a new table in the database must become a new file version (and a migration step), and
 * the checks below fail to compile until it does.
 */
export const progressTables = [
	'checklistTicks',
	'attempts',
	'turns',
	'savedRuns',
	'reading',
	'bookmarks',
	'cards',
	'reviewLog',
	'settings'
] as const satisfies readonly TableName[];
type ProgressTable = (typeof progressTables)[number];

/**
 * Settings that describe this device rather than the trainee (whether the browser was already
 * asked to keep the data). Exported as stored, never imported.
 */
export const deviceOnlySettings: ReadonlySet<string> = new Set(['persistAsked']);

// ---------------------------------------------------------------------------------------------
// Record schemas: one per table, mirroring the interfaces in db.ts (checked at the bottom).

const maxTime = 8.64e15; // the latest instant a Date can hold
/** Epoch milliseconds. Not necessarily whole: a start is derived from a measured answer time. */
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(maxTime));
const id = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
/** Points and patience changes: may be negative. */
const amount = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
const name = v.pipe(v.string(), v.nonEmpty());
/** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
const fsrsState = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3));

const checklistTick = v.strictObject({ list: name, item: v.string(), tickedAt: time });

const attemptV1Fields = {
	id,
	scenarioId: name,
	locale: name,
	version: v.string(),
	mode: v.picklist(['coach', 'exam']),
	startedAt: time,
	endedAt: v.optional(time),
	status: v.picklist(['active', 'done', 'abandoned']),
	outcome: v.optional(v.picklist(['won', 'follow-up', 'lost'])),
	score: amount,
	max: nonNegative,
	passed: v.optional(v.boolean())
};
const attemptV1 = v.strictObject(attemptV1Fields);
const attempt = v.strictObject({
	...attemptV1Fields,
	closedBecause: v.optional(v.picklist(['scenario-changed']))
});

const turnV1Fields = {
	id,
	attemptId: id,
	index: count,
	answeredAt: time,
	tookMs: nonNegative,
	node: name,
	kind: v.picklist(['choice', 'reply']),
	option: v.optional(count),
	text: v.optional(v.string()),
	points: amount,
	patience: amount,
	skills: v.array(v.string())
};
const turnV1 = v.strictObject(turnV1Fields);
const turn = v.strictObject({
	...turnV1Fields,
	breakdown: v.optional(
		v.strictObject({
			concepts: v.array(v.strictObject({ name: v.string(), matched: v.boolean(), points: amount })),
			penalties: v.array(v.strictObject({ phrase: v.string(), points: amount })),
			blockedBy: v.optional(v.string()),
			length: v.optional(v.picklist(['short', 'long'])),
			orderWrong: v.optional(v.boolean())
		})
	)
});

const savedRun = v.strictObject({
	locale: name,
	scenarioId: name,
	attemptId: id,
	version: v.string(),
	snapshot: v.unknown(),
	seed: amount,
	savedAt: time
});

const reading = v.strictObject({
	locale: name,
	slug: v.string(),
	firstReadAt: time,
	lastReadAt: time,
	progress: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)),
	finished: v.boolean()
});

const bookmark = v.strictObject({
	locale: name,
	slug: v.string(),
	anchor: v.string(),
	title: v.string(),
	createdAt: time
});

const card = v.strictObject({
	id,
	locale: name,
	scenarioId: name,
	node: name,
	createdAt: time,
	attemptId: id,
	due: time,
	stability: nonNegative,
	difficulty: nonNegative,
	elapsed_days: nonNegative,
	scheduled_days: nonNegative,
	learning_steps: count,
	reps: count,
	lapses: count,
	state: fsrsState,
	last_review: v.optional(time)
});

const reviewLogEntry = v.strictObject({
	id,
	cardId: id,
	/** ts-fsrs `Rating`: 0 manual, 1 again, 2 hard, 3 good, 4 easy. */
	rating: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4)),
	state: fsrsState,
	due: time,
	stability: nonNegative,
	difficulty: nonNegative,
	elapsed_days: nonNegative,
	last_elapsed_days: nonNegative,
	scheduled_days: nonNegative,
	learning_steps: count,
	review: time,
	points: amount,
	max: nonNegative,
	option: v.optional(count),
	text: v.optional(v.string())
});

const setting = v.strictObject({ key: name, value: v.unknown() });

// ---------------------------------------------------------------------------------------------
// File schemas, one per version.

const envelope = {
	format: v.literal(progressFormat),
	exportedAt: v.pipe(v.string(), v.isoTimestamp())
};

/** Version 1: the layout of database schema 2 (checklist ticks, attempts, turns). */
const fileV1 = v.strictObject({
	...envelope,
	version: v.literal(1),
	tables: v.strictObject({
		checklistTicks: v.array(checklistTick),
		attempts: v.array(attemptV1),
		turns: v.array(turnV1)
	})
});

/** Version 2: the layout of database schemas 3 and 4 (turns may carry a reply's breakdown). */
const fileV2 = v.strictObject({
	...envelope,
	version: v.literal(2),
	tables: v.strictObject({
		checklistTicks: v.array(checklistTick),
		attempts: v.array(attempt),
		turns: v.array(turn),
		savedRuns: v.array(savedRun),
		reading: v.array(reading),
		bookmarks: v.array(bookmark),
		cards: v.array(card),
		reviewLog: v.array(reviewLogEntry),
		settings: v.array(setting)
	})
});

type WithId<T extends { id?: number }> = T & { id: number };

/** Every table's records exactly as stored, with their ids. */
export interface ProgressTables {
	checklistTicks: ChecklistTick[];
	attempts: WithId<Attempt>[];
	turns: WithId<Turn>[];
	savedRuns: SavedRun[];
	reading: Reading[];
	bookmarks: Bookmark[];
	cards: WithId<ReviewCard>[];
	reviewLog: WithId<ReviewLogEntry>[];
	settings: Setting[];
}

export type ProgressFileV1 = v.InferOutput<typeof fileV1>;
export interface ProgressFileV2 {
	format: typeof progressFormat;
	version: 2;
	exportedAt: string;
	tables: ProgressTables;
}
/** The current file version. */
export type ProgressFile = ProgressFileV2;

interface FilesByVersion {
	1: ProgressFileV1;
	2: ProgressFileV2;
}
type Version = keyof FilesByVersion;
/** Which version each older one migrates to. A version 3 adds `2: 3` here and one step below. */
interface NextVersion {
	1: 2;
}

const fileSchemas: { [V in Version]: v.GenericSchema<unknown, FilesByVersion[V]> } = {
	1: fileV1,
	2: fileV2
};

/** One step per older version, each bringing a file up to the next version. */
export const migrations: {
	[V in keyof NextVersion]: (file: FilesByVersion[V]) => FilesByVersion[NextVersion[V]];
} = {
	1: (file) => ({
		format: file.format,
		version: 2,
		exportedAt: file.exportedAt,
		tables: {
			checklistTicks: file.tables.checklistTicks,
			attempts: file.tables.attempts,
			turns: file.tables.turns,
			savedRuns: [],
			reading: [],
			bookmarks: [],
			cards: [],
			reviewLog: [],
			settings: []
		}
	})
};

/** Brings a valid file of any known version up to the current one, step by step. */
export function migrate(file: FilesByVersion[Version]): ProgressFile {
	let current = file;
	while (current.version !== currentVersion) {
		const step = migrations[current.version] as (file: FilesByVersion[Version]) => typeof current;
		const next = step(current);
		if (next.version <= current.version)
			throw new Error(`migration ${current.version} goes nowhere`);
		current = next;
	}
	return current;
}

// ---------------------------------------------------------------------------------------------
// Errors and results.

export type TransferErrorCode =
	| 'too-large'
	| 'not-json'
	| 'truncated'
	| 'foreign'
	| 'newer-version'
	| 'unknown-version'
	| 'invalid'
	| 'duplicates'
	| 'write-failed';

export interface TransferError {
	code: TransferErrorCode;
	/** Where and what, in English, for the message and for a bug report. */
	detail: string;
}

export type ParseResult = { ok: true; file: ProgressFile } | { ok: false; error: TransferError };

export interface TableCounts {
	added: number;
	/** Existing records the import improved (a finished attempt, a later card, more reading). */
	updated: number;
	/** Records already here, or that lost to the local copy. */
	skipped: number;
	/** Local records replaced by the import (turns of an attempt it finished, a stale saved run). */
	removed: number;
}
export type ImportSummary = Record<ProgressTable, TableCounts>;

export type ImportResult =
	{ ok: true; summary: ImportSummary } | { ok: false; error: TransferError };

function failure(code: TransferErrorCode, detail: string): { ok: false; error: TransferError } {
	return { ok: false, error: { code, detail } };
}

// ---------------------------------------------------------------------------------------------
// Export.

/** The whole database as a progress file, read in one transaction so it is a consistent copy. */
export async function exportProgress(db: PeilianDB, now = new Date()): Promise<ProgressFile> {
	const tables = await db.transaction(
		'r',
		progressTables.map((table) => db[table]),
		async () => {
			const rows = await Promise.all(progressTables.map((table) => db[table].toArray()));
			return Object.fromEntries(progressTables.map((table, i) => [table, rows[i]]));
		}
	);
	return {
		format: progressFormat,
		version: currentVersion,
		exportedAt: now.toISOString(),
		// Every record of the id tables has its id once stored.
		tables: tables as unknown as ProgressTables
	};
}

function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `peilian-progress-2026-11-23.json`, dated in the trainee's own time zone. */
export function progressFileName(now: Date): string {
	return `peilian-progress-${localDate(now)}.json`;
}

/** `peilian-attempts-2026-11-23.csv`. */
export function attemptsCsvFileName(now: Date): string {
	return `peilian-attempts-${localDate(now)}.csv`;
}

// ---------------------------------------------------------------------------------------------
// Parse.

/**
 * Reads and fully checks a progress file of any known version and returns it in the current
 * layout. Pure: no database, so the trainer studio can read trainees' files with it.
 */
export function parseProgressFile(text: string): ParseResult {
	if (text.length > maxProgressChars)
		return failure(
			'too-large',
			`the file is ${(text.length / 1024 / 1024).toFixed(1)} MB; the limit is ${maxProgressMegabytes} MB`
		);
	// Editors on Windows may save with a byte order mark, which JSON.parse refuses.
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.trim() === '') return failure('not-json', 'the file is empty');

	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch (error) {
		return jsonFailure(body, error);
	}

	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return failure('foreign', 'this is not a Peilian progress file (it is not a JSON object)');
	const { format, version } = data as Record<string, unknown>;
	if (format !== progressFormat)
		return failure(
			'foreign',
			`this is not a Peilian progress file (format is ${describeValue(format)}, not "${progressFormat}")`
		);
	if (typeof version === 'number' && Number.isInteger(version) && version > currentVersion)
		return failure(
			'newer-version',
			`version ${version} was made by a newer Peilian; update the app first (this one reads up to version ${currentVersion})`
		);
	if (!isVersion(version))
		return failure(
			'unknown-version',
			`version is ${describeValue(version)}; a progress file has a whole number from 1 to ${currentVersion}`
		);

	const parsed = v.safeParse(fileSchemas[version], data, { abortEarly: true });
	if (!parsed.success) return failure('invalid', describeIssue(parsed.issues[0]));
	const file = migrate(parsed.output);

	const duplicate = findDuplicate(file.tables);
	if (duplicate) return failure('duplicates', duplicate);
	const dangling = findDangling(file.tables);
	if (dangling) return failure('invalid', dangling);
	return { ok: true, file };
}

function isVersion(value: unknown): value is Version {
	return typeof value === 'number' && Object.hasOwn(fileSchemas, value);
}

function describeValue(value: unknown): string {
	if (value === undefined) return 'missing';
	const json = JSON.stringify(value);
	return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

/** Where the parser stopped, as line and column, and whether the text simply ends too early. */
function jsonFailure(text: string, error: unknown): { ok: false; error: TransferError } {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message);
	const lineColumn = /line (\d+) column (\d+)/.exec(message);
	let where = '';
	let offset: number | null = null;
	if (position) {
		offset = Number(position[1]);
		const before = text.slice(0, offset);
		const line = before.split('\n').length;
		const column = offset - before.lastIndexOf('\n');
		where = `line ${line}, column ${column}: `;
	} else if (lineColumn) {
		where = `line ${lineColumn[1]}, column ${lineColumn[2]}: `;
	}
	const endsEarly =
		/end of (json )?(input|data)|unterminated|unexpected eof/i.test(message) ||
		(offset !== null && offset >= text.trimEnd().length);
	return endsEarly
		? failure('truncated', `${where}the file ends in the middle (${message}); it may be cut off`)
		: failure('not-json', `${where}${message}`);
}

type Issue = v.InferIssue<(typeof fileSchemas)[Version]>;

/** `tables.attempts[3].score: expected a number, got "ten"`. */
function describeIssue(issue: Issue | undefined): string {
	if (!issue) return 'the file does not match the format';
	let path = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
	}
	const where = path ? `${path}: ` : '';
	const objectIssue = issue.type === 'strict_object' || issue.type === 'object';
	if (objectIssue && issue.expected === 'never') return `${where}unknown field`;
	if (objectIssue && issue.received === 'undefined') return `${where}missing`;
	const expected = expectedNames[issue.type] ?? expectedNames[issue.expected ?? ''];
	if (issue.type === 'picklist')
		return `${where}expected one of ${issue.expected}, got ${issue.received}`;
	if (issue.type === 'min_value' || issue.type === 'max_value') {
		const bound = (issue as { requirement?: unknown }).requirement;
		const word = issue.type === 'min_value' ? 'at least' : 'at most';
		return `${where}expected ${word} ${String(bound)}, got ${issue.received}`;
	}
	return `${where}expected ${expected ?? issue.expected ?? issue.message}, got ${issue.received}`;
}

const expectedNames: Record<string, string> = {
	number: 'a number',
	string: 'text',
	boolean: 'true or false',
	Array: 'a list',
	Object: 'an object',
	integer: 'a whole number',
	safe_integer: 'a whole number',
	finite: 'a finite number',
	non_empty: 'non-empty text',
	iso_timestamp: 'an ISO date and time'
};

// ---------------------------------------------------------------------------------------------
// Consistency of a file: no record twice, no reference to a record that is not there.

interface Unique<T> {
	key: (row: T) => readonly unknown[];
	what: (row: T) => string;
}

function duplicateIn<T>(table: string, rows: readonly T[], rule: Unique<T>): string | null {
	const seen = new Map<string, number>();
	for (const [index, row] of rows.entries()) {
		const key = JSON.stringify(rule.key(row));
		const first = seen.get(key);
		if (first !== undefined) return `tables.${table}[${first}] and [${index}]: ${rule.what(row)}`;
		seen.set(key, index);
	}
	return null;
}

function findDuplicate(t: ProgressTables): string | null {
	const sameId = (kind: string) => (row: { id: number }) => `two ${kind} have the id ${row.id}`;
	const byId = (kind: string) => ({ key: (row: { id: number }) => [row.id], what: sameId(kind) });
	return (
		duplicateIn('checklistTicks', t.checklistTicks, {
			key: (row) => [row.list, row.item],
			what: (row) => `item "${row.item}" of list ${row.list} is ticked twice`
		}) ??
		duplicateIn('attempts', t.attempts, byId('attempts')) ??
		duplicateIn('attempts', t.attempts, {
			key: (row) => [row.locale, row.scenarioId, row.startedAt],
			what: (row) =>
				`two attempts of scenario ${row.scenarioId} (${row.locale}) start at ${row.startedAt}`
		}) ??
		duplicateIn('turns', t.turns, byId('turns')) ??
		duplicateIn('turns', t.turns, {
			key: (row) => [row.attemptId, row.index],
			what: (row) => `attempt ${row.attemptId} has two turns at index ${row.index}`
		}) ??
		duplicateIn('savedRuns', t.savedRuns, {
			key: (row) => [row.locale, row.scenarioId],
			what: (row) => `two saved runs of scenario ${row.scenarioId} (${row.locale})`
		}) ??
		duplicateIn('reading', t.reading, {
			key: (row) => [row.locale, row.slug],
			what: (row) => `page ${row.slug} (${row.locale}) is listed twice`
		}) ??
		duplicateIn('bookmarks', t.bookmarks, {
			key: (row) => [row.locale, row.slug, row.anchor],
			what: (row) => `two bookmarks of ${row.slug}#${row.anchor} (${row.locale})`
		}) ??
		duplicateIn('cards', t.cards, byId('cards')) ??
		duplicateIn('cards', t.cards, {
			key: (row) => [row.locale, row.scenarioId, row.node],
			what: (row) => `two cards for node ${row.node} of scenario ${row.scenarioId} (${row.locale})`
		}) ??
		duplicateIn('reviewLog', t.reviewLog, byId('review log entries')) ??
		duplicateIn('reviewLog', t.reviewLog, {
			key: (row) => [row.cardId, row.review],
			what: (row) => `card ${row.cardId} has two reviews at ${row.review}`
		}) ??
		duplicateIn('settings', t.settings, {
			key: (row) => [row.key],
			what: (row) => `the setting ${row.key} appears twice`
		})
	);
}

function danglingIn<T>(
	table: string,
	rows: readonly T[],
	field: keyof T & string,
	targets: ReadonlySet<number>,
	kind: string
): string | null {
	for (const [index, row] of rows.entries()) {
		const target = row[field] as number;
		if (!targets.has(target))
			return `tables.${table}[${index}].${field}: ${kind} ${target} is not in the file`;
	}
	return null;
}

function findDangling(t: ProgressTables): string | null {
	const attempts = new Set(t.attempts.map((row) => row.id));
	const cards = new Set(t.cards.map((row) => row.id));
	return (
		danglingIn('turns', t.turns, 'attemptId', attempts, 'attempt') ??
		danglingIn('savedRuns', t.savedRuns, 'attemptId', attempts, 'attempt') ??
		danglingIn('cards', t.cards, 'attemptId', attempts, 'attempt') ??
		danglingIn('reviewLog', t.reviewLog, 'cardId', cards, 'card')
	);
}

// ---------------------------------------------------------------------------------------------
// Import.

/**
 * Checks the whole file, then merges it into the database in one transaction: all of it lands or
 * none of it. Importing the same file twice adds nothing the second time; ids from another device
 * never overwrite local records (imported records get new ids and their references follow).
 */
export async function importProgress(db: PeilianDB, text: string): Promise<ImportResult> {
	const parsed = parseProgressFile(text);
	if (!parsed.ok) return parsed;
	try {
		const summary = await db.transaction(
			'rw',
			progressTables.map((table) => db[table]),
			() => merge(db, parsed.file.tables)
		);
		return { ok: true, summary };
	} catch (error) {
		const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		return failure('write-failed', `nothing was imported: ${message}`);
	}
}

function emptySummary(): ImportSummary {
	const counts = (): TableCounts => ({ added: 0, updated: 0, skipped: 0, removed: 0 });
	return Object.fromEntries(progressTables.map((table) => [table, counts()])) as ImportSummary;
}

function withoutId<T extends { id?: number }>(row: T): Omit<T, 'id'> {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, ...rest } = row;
	return rest;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const row of rows) {
		const group = groups.get(key(row));
		if (group) group.push(row);
		else groups.set(key(row), [row]);
	}
	return groups;
}

/** Whether the imported card has seen more review than the local one. */
function cardIsNewer(imported: ReviewCard, local: ReviewCard): boolean {
	const a = imported.last_review ?? -1;
	const b = local.last_review ?? -1;
	return a !== b ? a > b : imported.reps > local.reps;
}

async function merge(db: PeilianDB, t: ProgressTables): Promise<ImportSummary> {
	const summary = emptySummary();

	// Checklist ticks and bookmarks: union, the local record wins.
	const ticks = await db.checklistTicks.bulkGet(t.checklistTicks.map((r) => [r.list, r.item]));
	for (const [i, tick] of t.checklistTicks.entries()) {
		if (ticks[i]) summary.checklistTicks.skipped++;
		else {
			await db.checklistTicks.add(tick);
			summary.checklistTicks.added++;
		}
	}
	const marks = await db.bookmarks.bulkGet(t.bookmarks.map((r) => [r.locale, r.slug, r.anchor]));
	for (const [i, mark] of t.bookmarks.entries()) {
		if (marks[i]) summary.bookmarks.skipped++;
		else {
			await db.bookmarks.add(mark);
			summary.bookmarks.added++;
		}
	}

	// Attempts, by what they are (scenario, language, start) rather than by id, with their turns.
	const attemptIds = new Map<number, number>();
	const turnsOf = groupBy(t.turns, (row) => row.attemptId);
	const addTurns = async (attemptId: number, turns: readonly Turn[]) => {
		const present = new Set(
			(
				await db.turns
					.where('[attemptId+index]')
					.between([attemptId, 0], [attemptId, Infinity])
					.toArray()
			).map((row) => row.index)
		);
		for (const row of turns) {
			if (present.has(row.index)) summary.turns.skipped++;
			else {
				await db.turns.add({ ...withoutId(row), attemptId });
				present.add(row.index);
				summary.turns.added++;
			}
		}
	};
	for (const row of t.attempts) {
		const turns = turnsOf.get(row.id) ?? [];
		const local = await db.attempts
			.where('[scenarioId+startedAt]')
			.equals([row.scenarioId, row.startedAt])
			.and((a) => a.locale === row.locale)
			.first();
		if (!local) {
			const localId = (await db.attempts.add(withoutId(row))) as number;
			attemptIds.set(row.id, localId);
			summary.attempts.added++;
			await addTurns(localId, turns);
		} else if (local.status === 'active' && row.status !== 'active') {
			// Finished on the other device: take its result and its turns; nothing to resume here.
			const localId = local.id!;
			attemptIds.set(row.id, localId);
			await db.attempts.put({ ...withoutId(row), id: localId });
			summary.attempts.updated++;
			summary.turns.removed += await db.turns.where('attemptId').equals(localId).delete();
			summary.savedRuns.removed += await db.savedRuns.where('attemptId').equals(localId).delete();
			await addTurns(localId, turns);
		} else {
			// The local attempt is as far along: it keeps its own turns, which go with its score.
			attemptIds.set(row.id, local.id!);
			summary.attempts.skipped++;
			summary.turns.skipped += turns.length;
		}
	}

	// Saved runs: the local one wins; an imported one only while its attempt is still open.
	const runs = await db.savedRuns.bulkGet(t.savedRuns.map((r) => [r.locale, r.scenarioId]));
	for (const [i, run] of t.savedRuns.entries()) {
		const attemptId = attemptIds.get(run.attemptId)!;
		const open = !runs[i] && (await db.attempts.get(attemptId))?.status === 'active';
		if (!open) summary.savedRuns.skipped++;
		else {
			await db.savedRuns.add({ ...run, attemptId });
			summary.savedRuns.added++;
		}
	}

	// Reading: the most read of both.
	const pages = await db.reading.bulkGet(t.reading.map((r) => [r.locale, r.slug]));
	for (const [i, page] of t.reading.entries()) {
		const local = pages[i];
		if (!local) {
			await db.reading.add(page);
			summary.reading.added++;
			continue;
		}
		const merged: Reading = {
			...local,
			firstReadAt: Math.min(local.firstReadAt, page.firstReadAt),
			lastReadAt: Math.max(local.lastReadAt, page.lastReadAt),
			progress: Math.max(local.progress, page.progress),
			finished: local.finished || page.finished
		};
		const changed = (['firstReadAt', 'lastReadAt', 'progress', 'finished'] as const).some(
			(field) => merged[field] !== local[field]
		);
		if (changed) {
			await db.reading.put(merged);
			summary.reading.updated++;
		} else summary.reading.skipped++;
	}

	// Review cards, by scenario node; the more reviewed copy wins, their logs are joined.
	const cardIds = new Map<number, number>();
	for (const row of t.cards) {
		const imported = { ...withoutId(row), attemptId: attemptIds.get(row.attemptId)! };
		const local = await db.cards
			.where('[locale+scenarioId+node]')
			.equals([row.locale, row.scenarioId, row.node])
			.first();
		if (!local) {
			cardIds.set(row.id, (await db.cards.add(imported)) as number);
			summary.cards.added++;
			continue;
		}
		cardIds.set(row.id, local.id!);
		if (cardIsNewer(imported, local)) {
			// The schedule of the newer copy; the origin (first failure) of the older one.
			const origin = imported.createdAt < local.createdAt ? imported : local;
			await db.cards.put({
				...imported,
				id: local.id!,
				createdAt: origin.createdAt,
				attemptId: origin.attemptId
			});
			summary.cards.updated++;
		} else summary.cards.skipped++;
	}
	const reviewed = new Map<number, Set<number>>();
	for (const row of t.reviewLog) {
		const cardId = cardIds.get(row.cardId)!;
		let times = reviewed.get(cardId);
		if (!times) {
			const entries = await db.reviewLog.where('cardId').equals(cardId).toArray();
			times = new Set(entries.map((entry) => entry.review));
			reviewed.set(cardId, times);
		}
		if (times.has(row.review)) summary.reviewLog.skipped++;
		else {
			await db.reviewLog.add({ ...withoutId(row), cardId });
			times.add(row.review);
			summary.reviewLog.added++;
		}
	}

	// Settings: local values stay; keys this device lacks are added.
	const settings = await db.settings.bulkGet(t.settings.map((r) => r.key));
	for (const [i, row] of t.settings.entries()) {
		if (settings[i] || deviceOnlySettings.has(row.key)) summary.settings.skipped++;
		else {
			await db.settings.add(row);
			summary.settings.added++;
		}
	}

	return summary;
}

// ---------------------------------------------------------------------------------------------
// CSV of attempts.

export const csvColumns = [
	'id',
	'locale',
	'scenario',
	'title',
	'mode',
	'started',
	'ended',
	'status',
	'outcome',
	'score',
	'max',
	'percent',
	'passed',
	'turns',
	'seconds'
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/**
 * Attempts as CSV for a spreadsheet: one row per attempt, in the order given, after a header.
 * Starts with a UTF-8 byte order mark so Excel reads Chinese titles, and ends lines with CRLF.
 * `titles` maps `locale/scenarioId` to the scenario's title; `headers` translates the header row.
 */
export function attemptsCsv(
	attempts: readonly Attempt[],
	turns: readonly Turn[],
	titles: Readonly<Record<string, string>>,
	headers?: Readonly<Record<CsvColumn, string>>
): string {
	const turnsOf = groupBy(turns, (row) => row.attemptId);
	const rows: Cell[][] = [csvColumns.map((column) => headers?.[column] ?? column)];
	for (const row of attempts) {
		const own = row.id === undefined ? [] : (turnsOf.get(row.id) ?? []);
		const answering = own.reduce((sum, item) => sum + item.tookMs, 0);
		const cells: Record<CsvColumn, Cell> = {
			id: row.id,
			locale: row.locale,
			scenario: row.scenarioId,
			title: titles[`${row.locale}/${row.scenarioId}`] ?? row.scenarioId,
			mode: row.mode,
			started: new Date(row.startedAt).toISOString(),
			ended: row.endedAt === undefined ? '' : new Date(row.endedAt).toISOString(),
			status: row.status,
			outcome: row.outcome ?? '',
			score: row.score,
			max: row.max,
			percent: row.max > 0 ? Math.round((row.score / row.max) * 100) : '',
			passed: row.passed,
			turns: own.length,
			seconds: Math.round(answering / 100) / 10
		};
		rows.push(csvColumns.map((column) => cells[column]));
	}
	return toCsv(rows);
}

// ---------------------------------------------------------------------------------------------
// Compile-time checks that the schemas and the database agree. When a field or table is added to
// db.ts, one of these stops compiling until the file format follows (with a new version).

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SameKeys<A, B> = Same<keyof A, keyof B>;
type Assert<T extends true> = T;
type Tables = ProgressTables;
type Row<K extends ProgressTable> = Tables[K][number];
type SchemaRow<K extends ProgressTable> = v.InferOutput<typeof fileV2>['tables'][K][number];

export type SchemaChecks = [
	Assert<Same<TableName, ProgressTable>>,
	Assert<Same<v.InferOutput<typeof fileV2>, ProgressFileV2>>,
	Assert<SameKeys<Row<'checklistTicks'>, SchemaRow<'checklistTicks'>>>,
	Assert<SameKeys<Row<'attempts'>, SchemaRow<'attempts'>>>,
	Assert<SameKeys<Row<'turns'>, SchemaRow<'turns'>>>,
	Assert<SameKeys<Row<'savedRuns'>, SchemaRow<'savedRuns'>>>,
	Assert<SameKeys<Row<'reading'>, SchemaRow<'reading'>>>,
	Assert<SameKeys<Row<'bookmarks'>, SchemaRow<'bookmarks'>>>,
	Assert<SameKeys<Row<'cards'>, SchemaRow<'cards'>>>,
	Assert<SameKeys<Row<'reviewLog'>, SchemaRow<'reviewLog'>>>,
	Assert<SameKeys<Row<'settings'>, SchemaRow<'settings'>>>
];
