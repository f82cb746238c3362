import { database } from './db';

export async function loadTicks(list: string): Promise<Set<string>> {
	const rows = await database().checklistTicks.where('list').equals(list).toArray();
	return new Set(rows.map((row) => row.item));
}

export async function setTick(list: string, item: string, ticked: boolean): Promise<void> {
	const table = database().checklistTicks;
	if (ticked) await table.put({ list, item, tickedAt: Date.now() });
	else await table.delete([list, item]);
}

export async function clearTicks(list: string): Promise<void> {
	await database().checklistTicks.where('list').equals(list).delete();
}
