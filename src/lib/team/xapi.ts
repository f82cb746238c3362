import type { Catalogue } from '../progress/summary.ts';
import type { Attempt, Turn } from '../storage/db.ts';
import type { ProgressFile } from '../storage/transfer.ts';
import { turnFailedBy } from './aggregate.ts';
import { uuidV5 } from './uuid.ts';

/**
 * A trainee's attempts as xAPI 1.0.3 statements, for a learning record store (LRS).
 *
 * Per attempt: "attempted" when it started; per answered turn, "answered" (the object is the
 * turn, its parent the scenario); for a finished attempt, "completed" with the score, then
 * "passed" or "failed". All statements of one attempt share its registration.
 *
 * Ids are version 5 UUIDs (see uuid.ts) of what a statement is about, never of where it was
 * stored: the trainee, the attempt (language, scenario and start time, which survive moving
 * progress between devices, unlike the local attempt id), the verb and, for an answer, the
 * turn's position. Exporting the same progress again gives the same ids, and an LRS refuses the
 * copies instead of counting every answer twice.
 */

export const xapiVersion = '1.0.3';

const adl = 'http://adlnet.gov/expapi/verbs/';
export const xapiVerbs = {
	attempted: `${adl}attempted`,
	answered: `${adl}answered`,
	completed: `${adl}completed`,
	passed: `${adl}passed`,
	failed: `${adl}failed`
} as const;
export type XapiVerb = keyof typeof xapiVerbs;

const activityTypes = {
	scenario: 'http://adlnet.gov/expapi/activities/simulation',
	turn: 'http://adlnet.gov/expapi/activities/cmi.interaction'
};

export type LanguageMap = Record<string, string>;

export interface XapiActivity {
	objectType: 'Activity';
	id: string;
	definition: {
		type: string;
		name?: LanguageMap;
		interactionType?: 'choice' | 'long-fill-in';
	};
}

export interface XapiScore {
	raw: number;
	min?: number;
	max?: number;
	scaled?: number;
}

export interface XapiStatement {
	id: string;
	version: typeof xapiVersion;
	actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
	verb: { id: string; display: LanguageMap };
	object: XapiActivity;
	result?: {
		score?: XapiScore;
		success?: boolean;
		completion?: boolean;
		response?: string;
		duration?: string;
	};
	context: {
		registration: string;
		platform: string;
		language: string;
		contextActivities?: { parent: XapiActivity[] };
	};
	timestamp: string;
}

export interface XapiOptions {
	/** The site's address, e.g. `https://peilian.example` (a trailing slash is dropped). */
	homePage: string;
	/**
	 * Only attempts in this language; the catalogue should be of the same language (its titles
	 * name the activities). Without it every attempt is exported, named only where the catalogue
	 * has the scenario.
	 */
	locale?: string;
}

/**
 * ISO 8601 duration, to the hundredth of a second (the precision an LRS keeps): `PT1M2.35S`.
 */
export function isoDuration(ms: number): string {
	const centis = Math.round(Math.max(0, ms) / 10);
	const hours = Math.floor(centis / 360_000);
	const minutes = Math.floor((centis % 360_000) / 6000);
	const seconds = (centis % 6000) / 100;
	let out = 'PT';
	if (hours) out += `${hours}H`;
	if (minutes) out += `${minutes}M`;
	if (seconds || (!hours && !minutes)) out += `${seconds}S`;
	return out;
}

/**
 * A score with the bounds xAPI asks for: min ≤ raw ≤ max, min < max, scaled in [-1, 1]. A
 * penalty can push raw below 0, so min is 0 or raw. Without a positive max, raw alone.
 */
export function xapiScore(raw: number, max: number): XapiScore {
	if (!(max > 0)) return { raw };
	const top = Math.max(max, raw);
	const scaled = Math.max(-1, Math.min(1, raw / top));
	return { raw, min: Math.min(0, raw), max: top, scaled: Math.round(scaled * 10_000) / 10_000 };
}

const timestamp = (ms: number) => new Date(ms).toISOString();

/** Same identity, same text: the name an attempt's UUIDs are made from. */
function attemptIdentity(homePage: string, trainee: string, attempt: Attempt): unknown[] {
	return [homePage, trainee, attempt.locale, attempt.scenarioId, attempt.startedAt];
}

/** The registration (one per attempt) shared by all its statements. */
export function attemptRegistration(homePage: string, trainee: string, attempt: Attempt): string {
	const home = homePage.replace(/\/+$/, '');
	return uuidV5(JSON.stringify(['registration', ...attemptIdentity(home, trainee, attempt)]));
}

export function toXapiStatements(
	trainee: string,
	file: ProgressFile,
	catalogue: Catalogue,
	options: XapiOptions
): XapiStatement[] {
	const homePage = options.homePage.replace(/\/+$/, '');
	const scenarios = new Map(catalogue.scenarios.map((s) => [s.id, s]));
	const actor: XapiStatement['actor'] = {
		objectType: 'Agent',
		name: trainee,
		account: { homePage, name: trainee }
	};
	const verb = (name: XapiVerb) => ({ id: xapiVerbs[name], display: { 'en-US': name } });

	const turnsOf = new Map<number, Turn[]>();
	for (const turn of file.tables.turns) {
		const list = turnsOf.get(turn.attemptId) ?? [];
		list.push(turn);
		turnsOf.set(turn.attemptId, list);
	}

	const attempts = file.tables.attempts
		.filter((a) => options.locale === undefined || a.locale === options.locale)
		.sort((a, b) => a.startedAt - b.startedAt || a.scenarioId.localeCompare(b.scenarioId));
	const statements: XapiStatement[] = [];
	for (const attempt of attempts) {
		const identity = attemptIdentity(homePage, trainee, attempt);
		const id = (name: XapiVerb, turn: number | null = null) =>
			uuidV5(JSON.stringify(['statement', ...identity, name, turn]));
		const registration = attemptRegistration(homePage, trainee, attempt);
		const named = options.locale === undefined || attempt.locale === options.locale;
		const scenario = named ? scenarios.get(attempt.scenarioId) : undefined;
		const language = attempt.locale;
		const scenarioActivity: XapiActivity = {
			objectType: 'Activity',
			id: `${homePage}/scenarios/${encodeURIComponent(language)}/${encodeURIComponent(attempt.scenarioId)}`,
			definition: {
				type: activityTypes.scenario,
				...(scenario ? { name: { [language]: scenario.title } } : {})
			}
		};
		const context = { registration, platform: 'Peilian', language };

		statements.push({
			id: id('attempted'),
			version: xapiVersion,
			actor,
			verb: verb('attempted'),
			object: scenarioActivity,
			context,
			timestamp: timestamp(attempt.startedAt)
		});

		const turns = [...(turnsOf.get(attempt.id) ?? [])].sort((a, b) => a.index - b.index);
		for (const turn of turns) {
			const node = scenario?.nodes[turn.node];
			statements.push({
				id: id('answered', turn.index),
				version: xapiVersion,
				actor,
				verb: verb('answered'),
				object: {
					objectType: 'Activity',
					id: `${scenarioActivity.id}#${encodeURIComponent(turn.node)}`,
					definition: {
						type: activityTypes.turn,
						interactionType: turn.kind === 'choice' ? 'choice' : 'long-fill-in',
						...(scenario ? { name: { [language]: `${scenario.title} · ${turn.node}` } } : {})
					}
				},
				result: {
					response: turn.kind === 'choice' ? String(turn.option ?? '') : (turn.text ?? ''),
					score: xapiScore(turn.points, node?.best ?? 0),
					...(node && node.best > 0
						? { success: !turnFailedBy(turn.points, node.best, scenario!.pass) }
						: {}),
					duration: isoDuration(turn.tookMs)
				},
				context: { ...context, contextActivities: { parent: [scenarioActivity] } },
				timestamp: timestamp(turn.answeredAt)
			});
		}

		if (attempt.status !== 'done') continue;
		const ended = attempt.endedAt ?? turns.at(-1)?.answeredAt ?? attempt.startedAt;
		const result = {
			score: xapiScore(attempt.score, attempt.max > 0 ? attempt.max : (scenario?.max ?? 0)),
			...(attempt.passed === undefined ? {} : { success: attempt.passed }),
			completion: true,
			duration: isoDuration(ended - attempt.startedAt)
		};
		statements.push({
			id: id('completed'),
			version: xapiVersion,
			actor,
			verb: verb('completed'),
			object: scenarioActivity,
			result,
			context,
			timestamp: timestamp(ended)
		});
		if (attempt.passed !== undefined) {
			const outcome = attempt.passed ? 'passed' : 'failed';
			statements.push({
				id: id(outcome),
				version: xapiVersion,
				actor,
				verb: verb(outcome),
				object: scenarioActivity,
				result,
				context,
				timestamp: timestamp(ended)
			});
		}
	}
	return statements;
}

/**
 * The statements of a whole team, for one upload to an LRS. Two files of the same trainee (an
 * older and a newer export) describe the same attempts with the same ids: each id is kept once,
 * from the newest export, as an LRS refuses a batch that repeats an id. Oldest first.
 */
export function teamXapiStatements(
	members: readonly { trainee: string; file: ProgressFile }[],
	catalogue: Catalogue,
	options: XapiOptions
): XapiStatement[] {
	const newestFirst = [...members].sort((a, b) =>
		b.file.exportedAt.localeCompare(a.file.exportedAt)
	);
	const byId = new Map<string, XapiStatement>();
	for (const member of newestFirst)
		for (const statement of toXapiStatements(member.trainee, member.file, catalogue, options))
			if (!byId.has(statement.id)) byId.set(statement.id, statement);
	return [...byId.values()].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}
