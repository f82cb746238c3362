import { database } from '../storage/open.ts';
import { liveProgress, type DashboardRecords } from './records.ts';
import { summarizeProgress, type Catalogue, type ProgressSummary } from './summary.ts';

/**
 * Watches the trainee's progress in one language and hands over a fresh summary (and the
 * records behind it) whenever it
 * changes (in this tab or another). Returns a function that stops watching.
 */
export async function watchProgress(
	catalogue: Catalogue,
	locale: string,
	onChange: (summary: ProgressSummary, records: DashboardRecords) => void,
	onError: (error: unknown) => void = () => {}
): Promise<() => void> {
	const db = await database();
	const subscription = liveProgress(db, locale).subscribe({
		next: (records) => onChange(summarizeProgress(catalogue, records, Date.now()), records),
		error: onError
	});
	return () => subscription.unsubscribe();
}
