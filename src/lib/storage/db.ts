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
}

/** One answered turn of an attempt (an xAPI "answered" statement whose context is the attempt). */
export interface Turn extends TurnRecord {
	id?: number;
	attemptId: number;
	/** 0-based position in the attempt. */
	index: number;
	answeredAt: number;
	/** Milliseconds from the customer's line to the answer. */
	tookMs: number;
}

/**
 * The reader's own data, on their device only. Each schema change is a new `version()` that keeps
 * every older one, so upgrades never lose records.
 */
export class PeilianDB extends Dexie {
	checklistTicks!: Table<ChecklistTick, [string, string]>;
	attempts!: EntityTable<Attempt, 'id'>;
	turns!: EntityTable<Turn, 'id'>;

	constructor(name = 'peilian') {
		super(name);
		this.version(1).stores({
			checklistTicks: '[list+item], list'
		});
		// 2: practice attempts and their turns.
		this.version(2).stores({
			attempts: '++id, scenarioId, startedAt, status, [scenarioId+startedAt]',
			turns: '++id, attemptId, [attemptId+index], node'
		});
	}
}

let shared: PeilianDB | null = null;

export function database(): PeilianDB {
	shared ??= new PeilianDB();
	return shared;
}
