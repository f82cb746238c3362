import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../storage/open.ts';
import { checkDraft, warmUp } from './check-draft.ts';
import { DraftChecker, type CheckUpdate } from './checker.ts';
import {
	createDraft,
	deleteDraft,
	downloadName,
	getDraft,
	idOf,
	listDrafts,
	renameDraft,
	saveDraft
} from './drafts.ts';
import { serve } from './serve-worker.ts';
import { templates } from './templates.ts';

const en = templates.en;
const anchors = {
	'zh-CN': ['closing', 'closing#主动提出成交请求', 'closing#二选一提问'],
	en: ['closing', 'closing#asking-for-the-order', 'closing#alternative-choice-questions']
};

/** 1-based line of the first line containing `text`. */
function lineOf(source: string, text: string, from = 0): number {
	return source.slice(0, source.indexOf(text, from)).split('\n').length;
}

/** A long, valid scenario: a chain of choice turns ending in two endings. */
function generatedDraft(lines: number): string {
	const head = en.slice(0, en.indexOf('## opening'));
	const parts = [head];
	let count = head.split('\n').length;
	let i = 0;
	while (count < lines - 24) {
		const next = `turn-${i + 1}`;
		const section =
			`## turn-${i}\n\n(Scene ${i}.)\n\nThe customer says something at turn ${i}.\n\n:::choices\n` +
			`- text: A good answer ${i}\n  points: 2\n  feedback: Why it works.\n  next: ${next}\n` +
			`- text: A weak answer ${i}\n  points: -1\n  patience: -1\n  feedback: Why it does not.\n  next: ${next}\n` +
			`:::\n\n`;
		parts.push(section);
		count += section.split('\n').length - 1;
		i++;
	}
	parts.push(
		`## turn-${i}\n\nLast question.\n\n:::choices\n- text: Yes\n  points: 1\n  feedback: Good.\n  next: signed\n` +
			`- text: No\n  points: 0\n  feedback: Not good.\n  next: no-deal\n:::\n\n` +
			`## signed\n\n:::ending\noutcome: won\ndebrief: Well done.\n:::\n\n` +
			`## no-deal\n\n:::ending\noutcome: lost\ndebrief: Not this time.\n:::\n`
	);
	return parts.join('');
}

describe('checkDraft', () => {
	it('passes the starter template in both languages, with two reachable endings', () => {
		for (const [locale, source] of Object.entries(templates)) {
			const result = checkDraft(source, `${locale}/new-scenario.md`, { anchors });
			expect(result.diagnostics).toEqual([]);
			expect(result.scenario?.locale).toBe(locale);
			expect(result.endings).toEqual({ signed: true, 'no-deal': true });
			expect(result.bounds).toEqual({ min: -8, max: 20 });
			expect(result.turns).toBe(2);
		}
	});

	it('reports a next that names no node, at its line', () => {
		const source = en.replace('next: details', 'next: detials');
		const result = checkDraft(source, 'draft.md');
		const error = result.diagnostics.find((d) => d.message === 'unknown node "detials"');
		expect(error).toMatchObject({
			severity: 'error',
			line: lineOf(source, 'next: detials'),
			column: 9
		});
		expect(error?.hint).toContain('details');
	});

	it('reports a scenario with fewer than two endings', () => {
		const cut = en.slice(0, en.indexOf('## no-deal')).replaceAll('no-deal', 'signed');
		const result = checkDraft(cut, 'draft.md');
		expect(result.diagnostics).toContainEqual(
			expect.objectContaining({ line: 1, message: 'a scenario needs at least two endings' })
		);
		expect(result.endings).toEqual({ signed: true });
	});

	it('reports bad YAML inside a block at its line', () => {
		const source = en.replace('  points: 0\n', '  points: [0\n');
		const result = checkDraft(source, 'draft.md');
		const yaml = result.diagnostics.filter((d) => d.message.startsWith('invalid YAML'));
		expect(yaml.length).toBeGreaterThan(0);
		const line = lineOf(source, '  points: [0');
		expect(yaml.every((d) => d.line >= line && d.line <= line + 6)).toBe(true);
		expect(result.bounds).toBeNull();
	});

	it('checks playbook links against the anchors it is given', () => {
		const source = en.replace('closing#asking-for-the-order', 'closing#asking-for-the-ordr');
		const result = checkDraft(source, 'draft.md', { anchors });
		expect(result.diagnostics).toEqual([
			expect.objectContaining({
				severity: 'error',
				line: lineOf(source, 'playbook:'),
				column: 12,
				message:
					'playbook link "closing#asking-for-the-ordr": no section "#asking-for-the-ordr" in playbook "closing"'
			})
		]);
		expect(result.diagnostics[0]!.hint).toContain('closing#asking-for-the-order');
		const noPage = checkDraft(en.replace('closing#', 'closng#'), 'draft.md', { anchors });
		expect(noPage.diagnostics[0]?.message).toContain('no playbook "closng"');
		// Without known anchors the links are not judged; a flat list applies to any locale.
		expect(checkDraft(source, 'draft.md').diagnostics).toEqual([]);
		expect(checkDraft(en, 'draft.md', { anchors: anchors.en }).diagnostics).toEqual([]);
	});

	it('sorts diagnostics by line and caps how many it returns', () => {
		const source = en + '\n```\ncode\n```\n'.repeat(700) + 'next: nowhere';
		const result = checkDraft(
			source.replace('next: details', 'next: x1').replace('go: signed', 'go: x2'),
			'draft.md',
			{ limit: 50 }
		);
		expect(result.diagnostics).toHaveLength(50);
		expect(result.more).toBeGreaterThan(600);
		expect(result.counts.errors).toBe(50 + result.more);
		const lines = result.diagnostics.map((d) => d.line);
		expect(lines).toEqual([...lines].sort((a, b) => a - b));
	});

	it('checks a 5,000-line draft correctly (and quickly: see the measured time)', () => {
		const source = generatedDraft(5000);
		expect(source.split('\n').length).toBeGreaterThanOrEqual(4990);
		// As the worker does when it starts.
		warmUp(en, 20);
		warmUp(templates['zh-CN'], 10);
		const started = performance.now();
		const result = checkDraft(source, 'big.md', { anchors });
		const ms = performance.now() - started;
		expect(result.diagnostics).toEqual([]);
		expect(result.turns).toBeGreaterThan(250);
		expect(result.endings).toEqual({ signed: true, 'no-deal': true });
		expect(result.bounds!.max).toBe(2 * (result.turns - 1) + 1);
		// Measured, not asserted: machines differ (about 50–110 ms here after the warm-up, 250 ms cold).
		expect(ms).toBeGreaterThan(0);
	});

	it('survives hostile drafts without throwing', () => {
		const hostile = {
			markup: en
				.replace('(Tuesday', '<script>window.__pwned=1</script>(Tuesday')
				.replace(
					"We've used",
					'<img src=x onerror="window.__pwned=1"> [x](javascript:window.__pwned=1) We\'ve used'
				),
			nestedLists: en.replace(':::choices\n', ':::choices\n' + '- '.repeat(10_000) + 'x\n'),
			nestedFrontmatter: en.replace('title:', 'deep: ' + '- '.repeat(10_000) + 'x\ntitle:'),
			nestedFlow: en.replace(':::reply\n', ':::reply\n' + '['.repeat(10_000) + '\n'),
			longLine: en + 'x'.repeat(1_000_000),
			longHeading: en + '\n## ' + 'a '.repeat(500_000) + '\n',
			longId: en.replace('id: new-scenario', 'id: ' + 'a'.repeat(1_000_000)),
			empty: '',
			onlyDashes: '---\n---\n',
			manyBlocks: en + ':::choices\n'.repeat(20_000)
		};
		for (const [name, source] of Object.entries(hostile)) {
			const result = checkDraft(source, `${name}.md`);
			expect(Array.isArray(result.diagnostics), name).toBe(true);
			expect(result.diagnostics.length, name).toBeLessThanOrEqual(500);
			for (const d of result.diagnostics) expect(d.message.length, name).toBeLessThanOrEqual(240);
		}
		// Markup in text is just text: the draft is valid and the lines keep it verbatim.
		const markup = checkDraft(hostile.markup, 'markup.md');
		expect(markup.diagnostics).toEqual([]);
		const opening = markup.scenario!.nodes.get('opening')!;
		expect(opening.lines.map((line) => line.text).join('\n')).toContain('<script>');
		expect(checkDraft(hostile.nestedLists, 'n.md').diagnostics[0]?.line).toBeGreaterThan(0);
	});
});

describe('DraftChecker', () => {
	const original = globalThis.Worker;
	afterEach(() => {
		globalThis.Worker = original;
	});

	function updates() {
		const seen: CheckUpdate[] = [];
		let notify = () => {};
		return {
			seen,
			onupdate: (update: CheckUpdate) => {
				seen.push(update);
				notify();
			},
			next: () => new Promise<void>((resolve) => (notify = resolve))
		};
	}

	it('checks on the main thread without Worker support, reporting only the newest text', async () => {
		// @ts-expect-error: no Worker, as in Node
		globalThis.Worker = undefined;
		const log = updates();
		const checker = new DraftChecker({ onupdate: log.onupdate, delayMs: 5, anchors });
		const done = log.next();
		checker.check('not a scenario', 'a.md');
		const last = checker.check(en, 'b.md');
		expect(checker.pending).toBe(true);
		await done;
		expect(log.seen).toHaveLength(1);
		expect(log.seen[0]).toMatchObject({ status: 'done', seq: last });
		expect(log.seen[0]!.status === 'done' && log.seen[0]!.output.diagnostics).toEqual([]);
		expect(checker.pending).toBe(false);
		checker.dispose();
	});

	it('replaces a worker that takes too long and says so, counting from when it is up', async () => {
		const spawned: { terminated: boolean; posted: unknown[] }[] = [];
		globalThis.Worker = class {
			record = { terminated: false, posted: [] as unknown[] };
			onmessage: ((event: MessageEvent) => void) | null = null;
			onerror: ((event: ErrorEvent) => void) | null = null;
			constructor() {
				spawned.push(this.record);
				// Loading and warming up takes longer than the time limit itself.
				setTimeout(() => this.onmessage?.({ data: { ready: true } } as MessageEvent), 60);
			}
			postMessage(message: unknown) {
				this.record.posted.push(message);
			}
			terminate() {
				this.record.terminated = true;
			}
		} as unknown as typeof Worker;
		const log = updates();
		const checker = new DraftChecker({ onupdate: log.onupdate, delayMs: 1, timeoutMs: 30 });
		const done = log.next();
		const started = Date.now();
		const seq = checker.check(en, 'slow.md');
		await done;
		expect(Date.now() - started).toBeGreaterThanOrEqual(85);
		expect(log.seen).toEqual([{ status: 'timeout', seq }]);
		expect(spawned).toHaveLength(2);
		expect(spawned[0]!.terminated).toBe(true);
		expect(spawned[1]!.posted).toEqual([{ kind: 'configure', settings: undefined }]);
		checker.dispose();
	});

	it('checks on this thread when the worker cannot load', async () => {
		globalThis.Worker = class {
			onmessage: ((event: MessageEvent) => void) | null = null;
			onerror: ((event: Partial<ErrorEvent>) => void) | null = null;
			constructor() {
				setTimeout(() => this.onerror?.({ message: 'no module workers', preventDefault() {} }), 5);
			}
			postMessage() {}
			terminate() {}
		} as unknown as typeof Worker;
		const log = updates();
		const checker = new DraftChecker({ onupdate: log.onupdate, delayMs: 1 });
		const done = log.next();
		const seq = checker.check(en, 'fallback.md');
		await done;
		expect(log.seen).toMatchObject([{ status: 'done', seq }]);
		checker.dispose();
	});

	it('drops an answer for text that has since changed', async () => {
		const workers: {
			onmessage: ((event: MessageEvent) => void) | null;
			posted: { seq: number }[];
		}[] = [];
		globalThis.Worker = class {
			onmessage: ((event: MessageEvent) => void) | null = null;
			posted: { seq: number }[] = [];
			constructor() {
				workers.push(this);
			}
			postMessage(message: { kind: string; seq: number }) {
				if (message.kind === 'job') this.posted.push(message);
			}
			terminate() {}
		} as unknown as typeof Worker;
		const log = updates();
		const checker = new DraftChecker({ onupdate: log.onupdate, delayMs: 1 });
		const first = checker.check('one', 'a.md', true);
		const second = checker.check(en, 'a.md', true);
		const worker = workers[0]!;
		const answer = (seq: number) =>
			worker.onmessage!({
				data: { seq, ok: true, ms: 1, output: checkDraft('', 'a.md') }
			} as MessageEvent);
		// The first is running; the second waits for it and is sent when it answers.
		expect(worker.posted.map((job) => job.seq)).toEqual([first]);
		answer(first);
		expect(log.seen).toEqual([]);
		expect(worker.posted.map((job) => job.seq)).toEqual([first, second]);
		answer(second);
		expect(log.seen.map((update) => update.seq)).toEqual([second]);
		checker.dispose();
	});
});

describe('the worker side', () => {
	it('says it is ready, takes settings, and answers every job with its number', () => {
		const scope = globalThis as unknown as {
			onmessage: ((event: MessageEvent) => void) | null;
			postMessage?: (message: unknown) => void;
		};
		const posted: unknown[] = [];
		scope.postMessage = (message) => posted.push(message);
		let settings: unknown;
		serve<{ source: string }>({
			configure: (value) => (settings = value),
			job: ({ source }) => {
				if (source === 'boom') throw new Error('boom');
				return checkDraft(source, 'w.md').counts;
			}
		});
		const send = (data: unknown) => scope.onmessage!({ data } as MessageEvent);
		send({ kind: 'configure', settings: { en: ['closing'] } });
		send({ kind: 'job', seq: 7, input: { source: en } });
		send({ kind: 'job', seq: 8, input: { source: 'boom' } });
		expect(settings).toEqual({ en: ['closing'] });
		expect(posted).toEqual([
			{ ready: true },
			{ seq: 7, ok: true, output: { errors: 0, warnings: 0 }, ms: expect.any(Number) },
			{ seq: 8, ok: false, error: 'boom' }
		]);
		scope.onmessage = null;
		delete scope.postMessage;
	});
});

describe('drafts', () => {
	beforeEach(async () => {
		await (await database()).drafts.clear();
	});

	it('creates, lists newest first, saves, renames and deletes', async () => {
		const first = await createDraft(templates['zh-CN']);
		expect(first).toMatchObject({ name: 'new-scenario', source: templates['zh-CN'] });
		await new Promise((resolve) => setTimeout(resolve, 5));
		const second = await createDraft('no frontmatter here', 'uploaded');
		expect(second.name).toBe('uploaded');
		expect((await listDrafts()).map((draft) => draft.id)).toEqual([second.id, first.id]);

		// A draft named after its id follows the id; once renamed, it keeps the trainer's name.
		await new Promise((resolve) => setTimeout(resolve, 5));
		const saved = await saveDraft(
			first.id!,
			templates['zh-CN'].replace('id: new-scenario', 'id: price-talk')
		);
		expect(saved).toMatchObject({ name: 'price-talk' });
		expect(saved!.updatedAt).toBeGreaterThan(first.updatedAt);
		expect((await listDrafts())[0]!.id).toBe(first.id);
		await renameDraft(first.id!, '  Price talk, v2  ');
		await saveDraft(first.id!, templates['zh-CN'].replace('id: new-scenario', 'id: other-id'));
		expect(await getDraft(first.id!)).toMatchObject({ name: 'Price talk, v2' });

		await deleteDraft(first.id!);
		expect(await getDraft(first.id!)).toBeUndefined();
		expect(await saveDraft(first.id!, 'late autosave')).toBeUndefined();
		expect((await listDrafts()).map((draft) => draft.name)).toEqual(['uploaded']);
	});

	it('reads the id from frontmatter and makes safe download names', () => {
		expect(idOf(templates.en)).toBe('new-scenario');
		expect(idOf('---\ntitle: x\nid: "quoted-id"\n---\n')).toBe('quoted-id');
		expect(idOf('---\nid: Not An Id\n---\n')).toBeNull();
		expect(idOf('id: no-frontmatter')).toBeNull();
		expect(idOf('---\ntitle: a\n---\nid: after-frontmatter\n')).toBeNull();
		expect(downloadName('price-talk', 'whatever')).toBe('price-talk.md');
		expect(downloadName(null, '../../etc/Passwd <x>')).toBe('etc-passwd-x.md');
		expect(downloadName(undefined, '价格 谈判')).toBe('价格-谈判.md');
		expect(downloadName(null, '///')).toBe('draft.md');
	});
});
