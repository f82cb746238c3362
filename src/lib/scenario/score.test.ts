import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import { scoreReply, type PinyinOf } from './score.ts';
import type { Reply } from './schema.ts';

const file = 'tests/fixtures/scenarios/no-time.md';
const scenario = parseScenario(file, readFileSync(file, 'utf8')).scenario!;
const purpose = scenario.nodes.get('purpose')!;
const reply = (purpose.kind === 'reply' ? purpose.reply : null) as Reply;
const pinyinOf: PinyinOf = (text) => pinyin(text, { toneType: 'none', type: 'array' });
const score = (answer: string) => scoreReply(reply, answer, pinyinOf);

// Written the way trainees type on a phone: full-width punctuation, slips, half sentences.
const good = [
	'刘经理，我们帮工厂减少设备意外停机，想约您二十分钟，周二上午十点或者周三下午三点，您看哪个方便？',
	'我们做设备维护的，能帮您节省维修成本。周二上午或周三下午，您哪天有空？',
	'主要是帮您减少停机损失，占用您二十分钟就行，周三下午３点可以吗，或者周四上午？'
];
const poor = [
	'您好，我想跟您见个面聊聊。',
	'就三分钟，我保证您一定会感兴趣的！',
	'那我给您发点资料吧，您有空看看。'
];

describe('free-text scoring', () => {
	it('every good reply outscores every poor one', () => {
		const worstGood = Math.min(...good.map((answer) => score(answer).points));
		const bestPoor = Math.max(...poor.map((answer) => score(answer).points));
		expect(worstGood).toBeGreaterThan(bestPoor);
	});

	it('explains each concept with the words that matched and where', () => {
		const result = score(good[0]!);
		expect(result.max).toBe(10);
		expect(result.concepts[0]).toMatchObject({
			name: '来意',
			matched: true,
			points: 4,
			evidence: { text: '停机', bySound: false }
		});
		expect(result.concepts[0]!.evidence!.index).toBe(good[0]!.indexOf('停机'));
		expect(result.concepts[1]).toMatchObject({ name: '两个时间', matched: true, points: 6 });
		expect(result.order.ok).toBe(true);
	});

	it('reports what is missing with the trainer’s feedback', () => {
		const result = score(poor[0]!);
		expect(result.points).toBe(0);
		expect(result.concepts.map((concept) => concept.feedback)).toEqual([
			'没说清来意，客户不知道为什么要见你。',
			'没给具体时间，客户很容易说“再说吧”。'
		]);
	});

	it('tolerates an input-method homophone slip and says so', () => {
		const result = score('我们能帮您减少厅机，周二上午十点见个面？');
		expect(result.concepts[0]).toMatchObject({
			matched: true,
			evidence: { text: '厅机', bySound: true }
		});
		expect(scoreReply(reply, '我们能帮您减少厅机，周二上午十点见个面？').concepts[0]!.matched).toBe(
			false
		);
	});

	it('matches single characters only as written, since one syllable sounds like too much', () => {
		const single = {
			...reply,
			concepts: [{ name: 'date', points: 2, any: ['号'], hit: 'ok', miss: 'no' }],
			order: []
		};
		expect(scoreReply(single, '好的好的，我回去再好好想一想', pinyinOf).points).toBe(0);
		expect(scoreReply(single, '那就定在15号吧，我下午过去找您', pinyinOf).points).toBe(2);
		const phone = { ...single, concepts: [{ ...single.concepts[0]!, any: ['号码'] }] };
		expect(scoreReply(phone, '好，麻烦您转告一下王经理吧', pinyinOf).points).toBe(0);
		expect(scoreReply(phone, '能给我他的好码吗，我直接联系', pinyinOf).points).toBe(2);
	});

	it('costs points for forbidden phrases and fails the run on a blocker', () => {
		expect(score(poor[1]!).penalties.map((penalty) => penalty.phrase)).toEqual(['保证']);
		const blocked = score('你们老板认识我，周二上午十点帮您减少停机。');
		expect(blocked.blockedBy).toMatchObject({ phrase: '你们老板认识我', index: 0 });
	});

	it('takes away the early concept’s points when the order is wrong', () => {
		const result = score('周二上午十点或周三下午，我们帮您减少停机。');
		expect(result.order).toEqual({ ok: false, before: '来意', after: '两个时间' });
		expect(result.points).toBe(4);
	});

	it('scores nothing for a reply below the minimum length', () => {
		const result = score('停机');
		expect(result.length).toEqual({ count: 2, ok: false, problem: 'short' });
		expect(result.points).toBe(0);
	});

	it('matches English as whole words with plural and tense endings', () => {
		const english = {
			...reply,
			concepts: [{ name: 'time', points: 5, any: ['meeting time'], hit: 'ok', miss: 'no' }],
			order: [],
			forbidden: [],
			blockers: [],
			length: { min: 0, max: 500 }
		};
		expect(
			scoreReply(english, 'Could we set two meeting times, Tuesday or Wednesday?').points
		).toBe(5);
		expect(scoreReply(english, 'A meeting sometimes helps').points).toBe(0);
		expect(scoreReply(english, 'ＭＥＥＴＩＮＧ　ＴＩＭＥ works').points).toBe(5);
		const short = {
			...english,
			concepts: [{ name: 'day', points: 2, any: ['wed', '10%'], hit: 'ok', miss: 'no' }]
		};
		expect(scoreReply(short, 'we will call with news').points).toBe(0);
		expect(scoreReply(short, 'Wed at 3?').points).toBe(2);
		expect(scoreReply(short, '可以优惠10%').points).toBe(2);
	});
});
