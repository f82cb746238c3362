import { scoreReply, type PinyinOf, type ReplyScore } from './score.ts';
import type { Reply } from './schema.ts';

let pinyinOf: Promise<PinyinOf> | null = null;

/** pinyin-pro is large, so it loads only when a trainee first types a Chinese reply. */
export function loadPinyin(): Promise<PinyinOf> {
	pinyinOf ??= import('pinyin-pro').then(
		({ pinyin }) =>
			(text: string) =>
				pinyin(text, { toneType: 'none', type: 'array' })
	);
	return pinyinOf;
}

export async function scoreTypedReply(reply: Reply, text: string): Promise<ReplyScore> {
	const needsSound = /\p{Script=Han}/u.test(text);
	return scoreReply(reply, text, needsSound ? await loadPinyin() : undefined);
}
