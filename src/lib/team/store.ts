import type { TeamFile } from '../storage/db.ts';
import { database, write } from '../storage/open.ts';
import {
	currentVersion,
	maxProgressMegabytes,
	parseProgressFile,
	type ProgressFile,
	type TransferError
} from '../storage/transfer.ts';
import type { TeamMember } from './aggregate.ts';
import { sha1Hex } from './uuid.ts';

/**
 * The team view's files: trainees' progress files the trainer dropped in, each checked with
 * `parseProgressFile` and stored whole in `teamFiles`, apart from the trainer's own progress
 * (read, never merged into it).
 */

/** A stored team file, with its file checked and typed. */
export interface StoredTeamFile extends TeamMember {
	id: number;
	fileName: string;
	importedAt: number;
	file: ProgressFile;
}

/** What became of one file of an import. */
export type TeamImportResult =
	| { fileName: string; status: 'added'; id: number; trainee: string }
	| { fileName: string; status: 'duplicate'; id: number; trainee: string }
	| { fileName: string; status: 'refused'; error: TransferError };

/** What `importTeamFiles` needs of a `File`. */
export interface FileLike {
	name: string;
	size?: number;
	text(): Promise<string>;
}

const defaultExport = /peilian-progress-\d{4}-\d{2}-\d{2}/i;

/**
 * The trainee's name: the profile name saved in the file, if any; else the file name without
 * `.json`, the " (2)" a browser adds to a second download, and the app's default
 * `peilian-progress-<date>` (so `张三-peilian-progress-2026-11-23.json` is 张三). A file still
 * named by default keeps that name: two such files stay told apart by their dates.
 */
export function traineeName(file: ProgressFile, fileName: string): string {
	const profile = file.tables.settings.find((row) => row.key === 'profileName')?.value;
	if (typeof profile === 'string' && profile.trim()) return profile.trim();
	const base = fileName
		.replace(/^.*[/\\]/, '')
		.replace(/\.json$/i, '')
		.replace(/\s*\(\d+\)$/, '')
		.trim();
	const stripped = base
		.replace(defaultExport, '')
		.replace(/^[\s_.-]+|[\s_.-]+$/g, '')
		.trim();
	return stripped || base || fileName;
}

/**
 * A fingerprint of a file's content: the same records give the same hash, however the file was
 * formatted and in whatever order its fields were written.
 */
export function contentHash(file: unknown): string {
	return sha1Hex(canonicalJson(file));
}

/** JSON with every object's keys sorted (and undefined fields left out, as JSON does). */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value))
		return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value)
			.filter(([, item]) => item !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** A stored row as a checked file; null if it cannot be read (it is then left out). */
function checked(row: TeamFile): StoredTeamFile | null {
	let file = row.file as ProgressFile | undefined;
	if (file?.version !== currentVersion) {
		// Stored by an older app: bring it up to date the way a dropped file is.
		const parsed = parseProgressFile(JSON.stringify(row.file ?? null));
		if (!parsed.ok) return null;
		file = parsed.file;
	}
	return {
		id: row.id!,
		fileName: row.fileName,
		trainee: row.trainee,
		importedAt: row.importedAt,
		file
	};
}

/** Every team file, in the order they were added. */
export async function listTeamFiles(): Promise<StoredTeamFile[]> {
	const db = await database();
	const rows = await db.teamFiles.orderBy('importedAt').toArray();
	return rows.flatMap((row) => checked(row) ?? []);
}

export async function removeTeamFile(id: number): Promise<void> {
	await write((db) => db.teamFiles.delete(id));
}

export async function clearTeamFiles(): Promise<void> {
	await write((db) => db.teamFiles.clear());
}

/**
 * Checks and stores several files at once. Each is reported on its own: refused (with the
 * reason), a duplicate (the same trainee with the same content is already here, or earlier in
 * this batch), or added. One bad file does not stop the others.
 */
export async function importTeamFiles(
	files: Iterable<FileLike>,
	now = Date.now()
): Promise<TeamImportResult[]> {
	const results: TeamImportResult[] = [];
	const accepted: { fileName: string; trainee: string; hash: string; file: ProgressFile }[] = [];
	for (const entry of files) {
		if (entry.size !== undefined && entry.size > maxProgressMegabytes * 1024 * 1024) {
			// Refused before the text is read into memory at all.
			const megabytes = (entry.size / 1024 / 1024).toFixed(1);
			results.push({
				fileName: entry.name,
				status: 'refused',
				error: {
					code: 'too-large',
					detail: `the file is ${megabytes} MB; the limit is ${maxProgressMegabytes} MB`
				}
			});
			continue;
		}
		let text: string;
		try {
			text = await entry.text();
		} catch (error) {
			const detail = error instanceof Error ? error.message : String(error);
			results.push({
				fileName: entry.name,
				status: 'refused',
				error: { code: 'not-json', detail: `the file could not be read: ${detail}` }
			});
			continue;
		}
		const parsed = parseProgressFile(text);
		if (!parsed.ok) {
			results.push({ fileName: entry.name, status: 'refused', error: parsed.error });
			continue;
		}
		const trainee = traineeName(parsed.file, entry.name);
		accepted.push({
			fileName: entry.name,
			trainee,
			hash: contentHash(parsed.file),
			file: parsed.file
		});
		results.push({ fileName: entry.name, status: 'added', id: 0, trainee });
	}
	if (accepted.length === 0) return results;

	const stored = await write((db) =>
		db.transaction('rw', db.teamFiles, async () => {
			const known = new Map<string, number>();
			for (const row of await db.teamFiles.toArray())
				known.set(`${row.trainee}\n${contentHash(row.file)}`, row.id!);
			const ids: { id: number; duplicate: boolean }[] = [];
			for (const [i, item] of accepted.entries()) {
				const key = `${item.trainee}\n${item.hash}`;
				const existing = known.get(key);
				if (existing !== undefined) {
					ids.push({ id: existing, duplicate: true });
					continue;
				}
				const id = (await db.teamFiles.add({
					fileName: item.fileName,
					trainee: item.trainee,
					// Distinct times keep the files of one drop in the order they were chosen.
					importedAt: now + i,
					file: item.file
				})) as number;
				known.set(key, id);
				ids.push({ id, duplicate: false });
			}
			return ids;
		})
	);
	let next = 0;
	return results.map((result) => {
		if (result.status === 'refused') return result;
		const { id, duplicate } = stored[next++]!;
		return { ...result, id, status: duplicate ? 'duplicate' : 'added' };
	});
}
