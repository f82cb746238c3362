import type { Turn } from '../storage/db.ts';
import { database } from '../storage/open.ts';
import { liveProgress, liveTurns, type DashboardRecords } from './records.ts';
import { summarizeProgress, type Catalogue, type ProgressSummary } from './summary.ts';

/**
 * Watches the trainee's progress in one language and hands over a fresh summary (and the
 * records behind it) whenever it changes, in this tab or another: first without the turns,
 * then complete once they are read. Returns a function that stops watching.
 */
export async function watchProgress(
	catalogue: Catalogue,
	locale: string,
	onChange: (summary: ProgressSummary, records: DashboardRecords) => void,
	onError: (error: unknown) => void = () => {}
): Promise<() => void> {
	const db = await database();
	let base: DashboardRecords | null = null;
	let turns: Turn[] | null = null;
	const emit = () => {
		if (!base) return;
		const records = turns ? { ...base, turns, turnsPending: false } : base;
		onChange(summarizeProgress(catalogue, records, Date.now()), records);
	};
	const subscriptions: { unsubscribe(): void }[] = [];
	let stopped = false;
	const watchTurns = () => {
		if (stopped) return;
		subscriptions.push(
			liveTurns(db, locale).subscribe({
				next: (value) => {
					turns = value;
					emit();
				},
				error: onError
			})
		);
	};
	subscriptions.push(
		liveProgress(db, locale).subscribe({
			next: (value) => {
				const first = base === null;
				base = value;
				emit();
				// Read the turns only once the rest is on screen: decoding them holds the main thread.
				if (first) requestAnimationFrame(() => setTimeout(watchTurns));
			},
			error: onError
		})
	);
	return () => {
		stopped = true;
		subscriptions.forEach((subscription) => subscription.unsubscribe());
	};
}
