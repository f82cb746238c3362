import { Dexie, type Table } from 'dexie';

/** A ticked item of a playbook checklist. Keyed by item text, so reordering a list keeps ticks. */
export interface ChecklistTick {
	list: string;
	item: string;
	tickedAt: number;
}

/**
 * The reader's own data, on their device only. Each schema change is a new `version()` that keeps
 * every older one, so upgrades never lose records.
 */
export class PeilianDB extends Dexie {
	checklistTicks!: Table<ChecklistTick, [string, string]>;

	constructor(name = 'peilian') {
		super(name);
		this.version(1).stores({
			checklistTicks: '[list+item], list'
		});
	}
}

let shared: PeilianDB | null = null;

export function database(): PeilianDB {
	shared ??= new PeilianDB();
	return shared;
}
