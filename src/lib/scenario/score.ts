import type { Reply } from './schema.ts';

/**
 * Free-text scoring against a trainer's rubric. Pure TypeScript: the same code scores in the
 * browser, in tests and in benchmarks. Every number it returns comes with the reason for it.
 */

export interface ConceptResult {
	name: string;
	matched: boolean;
	points: number;
	max: number;
	feedback: string;
	/** The words in the answer that matched, and where (index into the answer). */
	evidence?: { text: string; index: number; bySound: boolean };
}

export interface PenaltyResult {
	phrase: string;
	points: number;
	feedback: string;
	index: number;
}

export interface ReplyScore {
	points: number;
	max: number;
	concepts: ConceptResult[];
	penalties: PenaltyResult[];
	blockedBy: { phrase: string; feedback: string; index: number } | null;
	order: { ok: boolean; before?: string; after?: string };
	length: { count: number; ok: boolean; problem?: 'short' | 'long' };
}

/** Maps Chinese text to toneless pinyin syllables, one per character (pinyin-pro, loaded lazily). */
export type PinyinOf = (text: string) => string[];

const han = /\p{Script=Han}/u;

interface Prepared {
	/** NFKC, lower case; `normalOrigin[i]` is the index in the original answer of character i. */
	normal: string;
	normalOrigin: number[];
	/** The same without spaces and punctuation, for matching Chinese. */
	folded: string;
	origin: number[];
	/** True where punctuation or space stood before this folded character. */
	gapBefore: boolean[];
	/** Pinyin of each folded character (the character itself when not Chinese). */
	sounds: string[] | null;
}

/** A match, in indices of the original answer (characters, not UTF-16 units). */
interface Match {
	start: number;
	end: number;
	bySound: boolean;
}

/** NFKC folds full-width letters and digits; folding drops everything but letters and digits. */
function prepare(text: string, pinyinOf?: PinyinOf): Prepared {
	let normal = '';
	let folded = '';
	const normalOrigin: number[] = [];
	const origin: number[] = [];
	const gapBefore: boolean[] = [];
	let gap = false;
	[...text].forEach((char, i) => {
		for (const part of char.normalize('NFKC').toLowerCase()) {
			normal += part;
			normalOrigin.push(i);
			if (/[\p{L}\p{N}]/u.test(part)) {
				folded += part;
				origin.push(i);
				gapBefore.push(gap);
				gap = false;
			} else {
				gap = true;
			}
		}
	});
	const sounds = pinyinOf && han.test(folded) ? soundsOf(folded, pinyinOf) : null;
	return { normal, normalOrigin, folded, origin, gapBefore, sounds };
}

function soundsOf(text: string, pinyinOf: PinyinOf): string[] {
	const chars = [...text];
	const syllables = pinyinOf(text);
	// pinyin-pro returns one item per character; fall back to the characters if it ever does not.
	return syllables.length === chars.length
		? syllables.map((syllable, i) => (han.test(chars[i]!) ? syllable : chars[i]!))
		: chars;
}

/** English words match whole, with a few suffixes tolerated: "objection" matches "objections". */
function latinPattern(phrase: string): RegExp | null {
	const words = phrase
		.normalize('NFKC')
		.toLowerCase()
		.match(/[\p{L}\p{N}]+/gu);
	if (!words) return null;
	// Only longer words lose an ending, so short forms like "wed" or "mon" stay whole.
	const stem = (word: string) => (word.length >= 5 ? word.replace(/(?:ing|ed|es|s)$/, '') : word);
	const endings = (word: string) => (word.length >= 5 ? '\\p{Script=Latin}{0,3}' : 's?');
	const body = words
		.map((word) => `${escape(stem(word))}${endings(word)}`)
		.join('[^\\p{Script=Latin}\\p{N}]+');
	// Word edges are Latin letters and digits only, so "10%" matches right after Chinese text.
	return new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${body}(?![\\p{Script=Latin}\\p{N}])`, 'u');
}

function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where `phrase` occurs in the answer: Chinese exactly after folding, or by sound so an
 * input-method slip (时间 typed as 实践) still counts; English as whole words.
 */
function find(answer: Prepared, phrase: string, pinyinOf?: PinyinOf): Match | null {
	const target = prepare(phrase);
	if (!target.folded) return null;
	if (!han.test(target.folded)) {
		const match = latinPattern(phrase)?.exec(answer.normal);
		if (!match) return null;
		const start = answer.normalOrigin[match.index]!;
		return {
			start,
			end: answer.normalOrigin[match.index + match[0].length - 1]! + 1,
			bySound: false
		};
	}
	const span = (index: number, length: number, bySound: boolean): Match => ({
		start: answer.origin[index]!,
		end: answer.origin[index + length - 1]! + 1,
		bySound
	});
	const exact = answer.folded.indexOf(target.folded);
	if (exact >= 0)
		return span([...answer.folded.slice(0, exact)].length, [...target.folded].length, false);
	// One syllable sounds like too many other words (号 and 好): only longer phrases match by sound.
	if (!answer.sounds || !pinyinOf || [...target.folded].length < 2) return null;
	const wanted = soundsOf(target.folded, pinyinOf);
	for (let i = 0; i + wanted.length <= answer.sounds.length; i++) {
		// A slip happens inside a word, never across punctuation ("好，麻" is not 号码).
		const sameClause = wanted.every((_, j) => j === 0 || !answer.gapBefore[i + j]);
		if (sameClause && wanted.every((sound, j) => answer.sounds![i + j] === sound)) {
			return span(i, wanted.length, true);
		}
	}
	return null;
}

export function scoreReply(reply: Reply, answer: string, pinyinOf?: PinyinOf): ReplyScore {
	const prepared = prepare(answer, pinyinOf);
	const original = [...answer];
	const evidence = (at: Match) => ({
		text: original.slice(at.start, at.end).join(''),
		index: at.start,
		bySound: at.bySound
	});
	const firstMatch = (phrases: string[]) => {
		for (const phrase of phrases) {
			const at = find(prepared, phrase, pinyinOf);
			if (at) return { phrase, at };
		}
		return null;
	};

	const count =
		[...prepared.folded].filter((char) => han.test(char)).length +
		(answer.match(/[A-Za-z0-9]+/g)?.length ?? 0);
	const length: ReplyScore['length'] =
		count < reply.length.min
			? { count, ok: false, problem: 'short' }
			: count > reply.length.max
				? { count, ok: false, problem: 'long' }
				: { count, ok: true };

	const concepts: ConceptResult[] = reply.concepts.map((concept) => {
		const hit = length.problem === 'short' ? null : firstMatch(concept.any);
		return hit
			? {
					name: concept.name,
					matched: true,
					points: concept.points,
					max: concept.points,
					feedback: concept.hit,
					evidence: evidence(hit.at)
				}
			: {
					name: concept.name,
					matched: false,
					points: 0,
					max: concept.points,
					feedback: concept.miss
				};
	});

	const penalties: PenaltyResult[] = [];
	for (const penalty of reply.forbidden) {
		const hit = firstMatch(penalty.phrases);
		if (hit && !hit.at.bySound) {
			penalties.push({
				phrase: hit.phrase,
				points: penalty.points,
				feedback: penalty.feedback,
				index: evidence(hit.at).index
			});
		}
	}

	let blockedBy: ReplyScore['blockedBy'] = null;
	for (const blocker of reply.blockers) {
		const hit = firstMatch(blocker.phrases);
		if (hit && !hit.at.bySound) {
			blockedBy = { phrase: hit.phrase, feedback: blocker.feedback, index: evidence(hit.at).index };
			break;
		}
	}

	// Order: matched concepts named in `order` must appear in that sequence in the answer.
	let order: ReplyScore['order'] = { ok: true };
	const positions = reply.order
		.map((name) => concepts.find((concept) => concept.name === name))
		.filter((concept): concept is ConceptResult => Boolean(concept?.evidence));
	for (let i = 1; i < positions.length; i++) {
		if (positions[i]!.evidence!.index < positions[i - 1]!.evidence!.index) {
			order = { ok: false, before: positions[i - 1]!.name, after: positions[i]!.name };
			break;
		}
	}

	const earned = concepts.reduce((sum, concept) => sum + concept.points, 0);
	const penalty = penalties.reduce((sum, item) => sum + item.points, 0);
	const max = reply.concepts.reduce((sum, concept) => sum + concept.points, 0);
	// Out of order loses the points of the concept that came too early (e.g. explaining before acknowledging).
	const orderLoss = order.ok
		? 0
		: (concepts.find((concept) => concept.name === order.after)?.points ?? 0);
	return {
		points: earned + penalty - orderLoss,
		max,
		concepts,
		penalties,
		blockedBy,
		order,
		length
	};
}
