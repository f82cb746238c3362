import type { Draft } from '../storage/db.ts';
import { database, write } from '../storage/open.ts';

export type { Draft };

/** The scenario id a source declares in its frontmatter (`id: …`), if it reads as one. */
export function idOf(source: string): string | null {
	// Only the head of the file: frontmatter is short, and a huge draft must not cost a full scan.
	const head = source.slice(0, 20_000);
	if (!/^---\r?\n/.test(head)) return null;
	const end = head.search(/\n---\s*(?:\r?\n|$)/);
	const frontmatter = end === -1 ? head : head.slice(0, end);
	const match = /^id:[ \t]*(["']?)([a-z0-9]+(?:-[a-z0-9]+)*)\1[ \t]*(?:#.*)?$/m.exec(frontmatter);
	return match ? match[2]! : null;
}

/** Every draft, the most recently changed first. */
export async function listDrafts(): Promise<Draft[]> {
	const db = await database();
	return db.drafts.orderBy('updatedAt').reverse().toArray();
}

export async function getDraft(id: number): Promise<Draft | undefined> {
	const db = await database();
	return db.drafts.get(id);
}

/**
 * A new draft from a template, a shipped scenario or an uploaded file. Its name is the scenario id
 * the source declares, else `fallbackName`.
 */
export function createDraft(source: string, fallbackName = 'draft'): Promise<Draft> {
	return write(async (db) => {
		const now = Date.now();
		const draft: Draft = {
			name: idOf(source) ?? fallbackName,
			source,
			createdAt: now,
			updatedAt: now
		};
		const id = await db.drafts.add(draft);
		return { ...draft, id };
	});
}

/**
 * Autosave. A draft named after its scenario id follows the id as it is edited; a draft the
 * trainer renamed keeps its name. Returns the saved draft, or undefined if it was deleted meanwhile.
 */
export function saveDraft(id: number, source: string): Promise<Draft | undefined> {
	return write((db) =>
		db.transaction('rw', db.drafts, async () => {
			const existing = await db.drafts.get(id);
			if (!existing) return undefined;
			const followsId = existing.name === idOf(existing.source);
			const name = (followsId && idOf(source)) || existing.name;
			const saved: Draft = { ...existing, source, name, updatedAt: Date.now() };
			await db.drafts.put(saved);
			return saved;
		})
	);
}

export function renameDraft(id: number, name: string): Promise<void> {
	const trimmed = name.trim().slice(0, 120);
	if (!trimmed) return Promise.resolve();
	return write(async (db) => {
		await db.drafts.update(id, { name: trimmed, updatedAt: Date.now() });
	});
}

export function deleteDraft(id: number): Promise<void> {
	return write((db) => db.drafts.delete(id));
}

const lastKey = 'peilian:studio:last';

/** The draft that was open last time, to reopen on reload (kept in localStorage, not the progress). */
export function lastOpened(): number | null {
	try {
		const value = Number(localStorage.getItem(lastKey));
		return Number.isInteger(value) && value > 0 ? value : null;
	} catch {
		return null;
	}
}

export function rememberOpened(id: number | null): void {
	try {
		if (id === null) localStorage.removeItem(lastKey);
		else localStorage.setItem(lastKey, String(id));
	} catch {
		// No storage (private mode): the newest draft opens instead.
	}
}

/** A safe download name: the scenario id, else the draft name reduced to file-name characters. */
export function downloadName(scenarioId: string | null | undefined, draftName: string): string {
	const base =
		scenarioId ||
		draftName
			.trim()
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80);
	return `${base || 'draft'}.md`;
}
