import { database, write } from './open.ts';

export async function loadTicks(list: string): Promise<Set<string>> {
	const rows = await (await database()).checklistTicks.where('list').equals(list).toArray();
	return new Set(rows.map((row) => row.item));
}

export function setTick(list: string, item: string, ticked: boolean): Promise<void> {
	return write(async (db) => {
		if (ticked) await db.checklistTicks.put({ list, item, tickedAt: Date.now() });
		else await db.checklistTicks.delete([list, item]);
	});
}

export function clearTicks(list: string): Promise<void> {
	return write(async (db) => {
		await db.checklistTicks.where('list').equals(list).delete();
	});
}
