import { createActor, type Actor } from 'xstate';
import { compileScenario, type RunMachine, type RunSnapshot } from './machine.ts';
import { hasPassed, type ScoreBounds } from './check.ts';
import { displayOrder, newSeed } from './order.ts';
import type { Scenario } from './parse.ts';
import type { ReplyScore } from './score.ts';

/**
 * A run of a scenario in the browser: the XState actor, a reactive copy of its snapshot, and a
 * saved copy after every answer so closing the tab loses nothing. (The progress store will take
 * over the saving; until then a small localStorage entry per scenario does it.)
 */
export class ScenarioRun {
	snapshot = $state.raw<RunSnapshot>() as RunSnapshot;
	/** 'resumed' or 'changed' when a saved run was found on start. */
	notice = $state<'resumed' | 'changed' | null>(null);
	busy = $state(false);

	#actor: Actor<RunMachine>;
	#machine: RunMachine;
	#key: string;
	/** The attempt in the progress store, opened at the first answer. */
	#attemptId: Promise<number | null> | null = null;
	#recorded = 0;
	/** Seeds the order options are shown in; saved with the run so a reload shows the same order. */
	#seed = newSeed();
	#lineShownAt = Date.now();

	constructor(
		readonly scenario: Scenario,
		readonly version: string,
		readonly bounds: ScoreBounds
	) {
		this.#machine = compileScenario(scenario);
		this.#key = `peilian:run:${scenario.locale}/${scenario.id}`;
		this.#actor = this.#start(this.#restore());
	}

	#start(snapshot: RunSnapshot | undefined) {
		const actor = createActor(this.#machine, snapshot ? { snapshot } : {});
		this.#recorded = snapshot?.context.turns.length ?? 0;
		actor.subscribe((next) => {
			this.snapshot = next;
			this.#record(next);
			this.#save(next);
		});
		actor.start();
		this.snapshot = actor.getSnapshot();
		return actor;
	}

	#restore(): RunSnapshot | undefined {
		try {
			const saved = JSON.parse(localStorage.getItem(this.#key) ?? 'null') as {
				version: string;
				snapshot: RunSnapshot;
				attemptId?: number;
				seed?: number;
			} | null;
			if (!saved || saved.snapshot.status !== 'active') return undefined;
			// A changed scenario can still resume if the turn the trainee was on still exists.
			if (
				saved.version !== this.version &&
				!this.scenario.nodes.has(String(saved.snapshot.value))
			) {
				this.notice = 'changed';
				return undefined;
			}
			if (saved.snapshot.context.turns.length === 0) return undefined;
			this.notice = 'resumed';
			if (saved.attemptId) this.#attemptId = Promise.resolve(saved.attemptId);
			if (saved.seed !== undefined) this.#seed = saved.seed;
			return saved.snapshot;
		} catch {
			return undefined;
		}
	}

	async #save(snapshot: RunSnapshot) {
		const persisted = this.#actor?.getPersistedSnapshot() ?? snapshot;
		const attemptId = (await this.#attemptId) ?? undefined;
		try {
			localStorage.setItem(
				this.#key,
				JSON.stringify({ version: this.version, snapshot: persisted, attemptId, seed: this.#seed })
			);
		} catch {
			// Storage full or blocked: the run goes on, it just cannot be resumed after a reload.
		}
	}

	/** Saves each new turn, and the result at the end, to the progress store as they happen. */
	#record(snapshot: RunSnapshot) {
		const turns = snapshot.context.turns;
		if (turns.length <= this.#recorded) return;
		const fresh = turns
			.slice(this.#recorded)
			.map((turn, i) => ({ turn, index: this.#recorded + i }));
		this.#recorded = turns.length;
		const tookMs = Date.now() - this.#lineShownAt;
		this.#lineShownAt = Date.now();
		const store = import('../storage/attempts.ts');
		this.#attemptId ??= store
			.then((module) =>
				module.startAttempt({
					scenarioId: this.scenario.id,
					locale: this.scenario.locale,
					version: this.version,
					mode: this.scenario.mode,
					startedAt: Date.now() - tookMs,
					max: this.bounds.max
				})
			)
			.catch(() => null);
		const attemptId = this.#attemptId;
		const { score, blockedBy } = snapshot.context;
		const ending =
			snapshot.status === 'done' ? this.scenario.nodes.get(String(snapshot.value)) : undefined;
		const passed = hasPassed(this.scenario.pass, this.bounds, { score, blockedBy });
		void (async () => {
			const id = await attemptId;
			if (id === null) return;
			const module = await store;
			for (const { turn, index } of fresh) {
				await module.recordTurn(
					{ ...turn, attemptId: id, index, answeredAt: Date.now(), tookMs },
					score
				);
			}
			if (snapshot.status === 'done') {
				const outcome = ending?.kind === 'ending' ? ending.ending.outcome : 'lost';
				await module.finishAttempt(id, { outcome, score, passed });
			}
		})().catch(() => {
			// No IndexedDB (private mode, blocked): practice still works; the record is lost.
		});
	}

	get node() {
		return this.scenario.nodes.get(String(this.snapshot.value));
	}

	/** Option indexes of a choice node in the order they are shown. */
	order(nodeId: string, count: number): number[] {
		return displayOrder(count, this.#seed, nodeId);
	}

	get done() {
		return this.snapshot.status === 'done';
	}

	choose(option: number) {
		if (!this.done) this.#actor.send({ type: 'choose', option });
	}

	/** Scores a typed reply (loading the scorer and pinyin on first use) and sends it. */
	async reply(text: string): Promise<ReplyScore | null> {
		const node = this.node;
		if (node?.kind !== 'reply' || this.busy) return null;
		this.busy = true;
		try {
			const { scoreTypedReply } = await import('./score-browser.ts');
			const result = await scoreTypedReply(node.reply, text);
			this.#actor.send({
				type: 'reply',
				text,
				points: result.points,
				blockedBy: result.blockedBy?.phrase ?? null
			});
			return result;
		} finally {
			this.busy = false;
		}
	}

	timeout() {
		if (!this.done) this.#actor.send({ type: 'timeout' });
	}

	restart() {
		const unfinished = this.done ? null : this.#attemptId;
		unfinished
			?.then(async (id) => {
				if (id !== null) await (await import('../storage/attempts.ts')).abandonAttempt(id);
			})
			.catch(() => {});
		this.#attemptId = null;
		this.#actor.stop();
		this.notice = null;
		localStorage.removeItem(this.#key);
		this.#lineShownAt = Date.now();
		this.#seed = newSeed();
		this.#actor = this.#start(undefined);
	}
}
