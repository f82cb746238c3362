import { Dexie, type EntityTable, type Table } from 'dexie';
import type { TurnRecord } from '../scenario/machine.ts';

/** A ticked item of a playbook checklist. Keyed by item text, so reordering a list keeps ticks. */
export interface ChecklistTick {
	list: string;
	item: string;
	tickedAt: number;
}

/**
 * One run of a scenario. Shaped to map onto an xAPI statement without migration: the learner is
 * the actor, `status`/`passed` give the verb (attempted, completed, passed, failed), the scenario
 * is the object, and score/max/outcome are the result.
 */
export interface Attempt {
	id?: number;
	scenarioId: string;
	locale: string;
	/** Hash of the scenario file the run was played against. */
	version: string;
	mode: 'coach' | 'exam';
	startedAt: number;
	endedAt?: number;
	status: 'active' | 'done' | 'abandoned';
	outcome?: 'won' | 'follow-up' | 'lost';
	score: number;
	max: number;
	passed?: boolean;
	/** Why an unfinished attempt was closed without the trainee restarting it. */
	closedBecause?: 'scenario-changed';
}

/** Why a typed reply scored what it did: the rubric's verdicts, kept with the turn. */
export interface TurnBreakdown {
	concepts: { name: string; matched: boolean; points: number }[];
	penalties: { phrase: string; points: number }[];
	/** The blocker the reply hit: it fails the turn and the run, whatever the points. */
	blockedBy?: string;
	length?: 'short' | 'long';
	/** The concepts came in the wrong order. */
	orderWrong?: boolean;
}

/** One answered turn of an attempt (an xAPI "answered" statement whose context is the attempt). */
export interface Turn extends TurnRecord {
	/** For typed replies: how the rubric scored it. */
	breakdown?: TurnBreakdown;
	id?: number;
	attemptId: number;
	/** 0-based position in the attempt. */
	index: number;
	answeredAt: number;
	/** Milliseconds from the customer's line to the answer. */
	tookMs: number;
}

/**
 * The exact state of an unfinished run, saved with every turn: one per scenario and language, so
 * opening the scenario again continues where the trainee left it.
 */
export interface SavedRun {
	locale: string;
	scenarioId: string;
	attemptId: number;
	/** Scenario file hash the snapshot was taken against. */
	version: string;
	/** XState persisted snapshot of the run machine. */
	snapshot: unknown;
	/** Seed of the order the choices are shown in. */
	seed: number;
	savedAt: number;
}

/** How far the reader got through a playbook page. */
export interface Reading {
	locale: string;
	slug: string;
	firstReadAt: number;
	lastReadAt: number;
	/** Furthest share of the page scrolled into view, 0–1. */
	progress: number;
	/** Reached the end of the page at least once. */
	finished: boolean;
}

export interface Bookmark {
	locale: string;
	slug: string;
	/** Heading id, or '' for the page itself. */
	anchor: string;
	title: string;
	createdAt: number;
}

/**
 * A turn the trainee failed, scheduled for spaced review with FSRS. The scheduling fields are
 * ts-fsrs's `Card`, with dates kept as epoch milliseconds so they index and export plainly.
 */
export interface ReviewCard {
	id?: number;
	locale: string;
	scenarioId: string;
	node: string;
	createdAt: number;
	/** The attempt whose failed turn created the card. */
	attemptId: number;
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	last_review?: number;
}

/** One review of a card: ts-fsrs's `ReviewLog` plus what the trainee answered. */
export interface ReviewLogEntry {
	id?: number;
	cardId: number;
	/** ts-fsrs `Rating`: 1 again, 2 hard, 3 good, 4 easy. */
	rating: number;
	state: number;
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	last_elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	review: number;
	points: number;
	max: number;
	option?: number;
	text?: string;
}

/** Profile and settings, one row per key (display name, storage prompts, …). */
export interface Setting {
	key: string;
	value: unknown;
}

/** A scenario being written in the trainer studio, saved as the trainer types. */
export interface Draft {
	id?: number;
	/** File name without .md; the scenario id once it parses. */
	name: string;
	source: string;
	createdAt: number;
	updatedAt: number;
}

/**
 * A trainee's progress file imported into the team view. Kept apart from the trainer's own
 * progress: it is read, never merged.
 */
export interface TeamFile {
	id?: number;
	fileName: string;
	/** Display name of the trainee: from the file's profile, else the file name. */
	trainee: string;
	importedAt: number;
	/** The validated progress file (see storage/transfer). */
	file: unknown;
}

/**
 * The reader's own data, on their device only. Each schema change is a new `version()` that keeps
 * every older one, so upgrades never lose records.
 */
export class PeilianDB extends Dexie {
	checklistTicks!: Table<ChecklistTick, [string, string]>;
	attempts!: EntityTable<Attempt, 'id'>;
	turns!: EntityTable<Turn, 'id'>;
	savedRuns!: Table<SavedRun, [string, string]>;
	reading!: Table<Reading, [string, string]>;
	bookmarks!: Table<Bookmark, [string, string, string]>;
	cards!: EntityTable<ReviewCard, 'id'>;
	reviewLog!: EntityTable<ReviewLogEntry, 'id'>;
	settings!: Table<Setting, string>;
	drafts!: EntityTable<Draft, 'id'>;
	teamFiles!: EntityTable<TeamFile, 'id'>;

	constructor(name = 'peilian', options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		this.version(1).stores({
			checklistTicks: '[list+item], list'
		});
		// 2: practice attempts and their turns.
		this.version(2).stores({
			attempts: '++id, scenarioId, startedAt, status, [scenarioId+startedAt]',
			turns: '++id, attemptId, [attemptId+index], node'
		});
		// 3: resumable runs (moved here from localStorage), reading progress, bookmarks, spaced
		// review cards and their log, settings.
		this.version(3).stores({
			savedRuns: '[locale+scenarioId], attemptId',
			reading: '[locale+slug], lastReadAt',
			bookmarks: '[locale+slug+anchor], createdAt',
			cards: '++id, &[locale+scenarioId+node], due, attemptId',
			reviewLog: '++id, cardId, review',
			settings: 'key'
		});
		// 4: the trainer studio's drafts and the team view's imported progress files.
		this.version(4).stores({
			drafts: '++id, updatedAt',
			teamFiles: '++id, importedAt'
		});
	}
}

/** Every table of the trainee's own progress, in the order an export lists them. */
export const tableNames = [
	'checklistTicks',
	'attempts',
	'turns',
	'savedRuns',
	'reading',
	'bookmarks',
	'cards',
	'reviewLog',
	'settings'
] as const;
export type TableName = (typeof tableNames)[number];

/** The trainer's tables: drafts and team files are not the trainee's progress and are not exported with it. */
export const trainerTableNames = ['drafts', 'teamFiles'] as const;
