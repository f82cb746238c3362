import { createActor, type Actor } from 'xstate';
import { blockedState, compileScenario, type RunMachine, type RunSnapshot } from './machine.ts';
import { hasPassed, type ScoreBounds } from './check.ts';
import { displayOrder, newSeed } from './order.ts';
import type { Scenario } from './parse.ts';
import type { ReplyScore } from './score.ts';
import type { ReviewCard, TurnBreakdown } from '../storage/db.ts';

type Store = typeof import('../storage/attempts.ts');
const loadStore = (): Promise<Store> => import('../storage/attempts.ts');

interface Restored {
	snapshot: RunSnapshot;
	attemptId: number;
	seed: number;
}

/**
 * A run of a scenario in the browser: the XState actor, a reactive copy of its snapshot, and every
 * answer saved to the progress store as it happens (turn, score, snapshot, review cards in one
 * transaction), so closing the tab mid-call loses nothing.
 */
export class ScenarioRun {
	snapshot = $state.raw<RunSnapshot>() as RunSnapshot;
	/** 'resumed' or 'changed' when a saved run was found on opening. */
	notice = $state<'resumed' | 'changed' | null>(null);
	busy = $state(false);
	/** Where the last answer is: being written, safely stored, or not stored (see the banner). */
	saveState = $state<'idle' | 'saving' | 'saved' | 'failed'>('idle');

	#actor: Actor<RunMachine>;
	#machine: RunMachine;
	/** The attempt in the progress store, opened at the first answer. */
	#attemptId: Promise<number> | null = null;
	#recorded = 0;
	/** Saves run one after another, so turns land in order. */
	#saving: Promise<void> = Promise.resolve();
	/** Seeds the order options are shown in; saved with the run so a reload shows the same order. */
	#seed = newSeed();
	#lineShownAt = Date.now();
	/** How each typed reply was scored, by turn index, saved with the turn. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping for saving, never rendered
	#breakdowns = new Map<number, TurnBreakdown>();

	private constructor(
		readonly scenario: Scenario,
		readonly version: string,
		readonly bounds: ScoreBounds,
		restored: Restored | null,
		notice: 'resumed' | 'changed' | null,
		/** False for a trainer's play-test: nothing is read from or written to the progress store. */
		readonly record = true
	) {
		this.#machine = compileScenario(scenario);
		this.notice = notice;
		if (restored) {
			this.#attemptId = Promise.resolve(restored.attemptId);
			this.#seed = restored.seed;
		}
		this.#actor = this.#start(restored?.snapshot);
	}

	/**
	 * Opens a run, continuing the unfinished one saved for this scenario if it still fits: same
	 * file, or a changed file that still has the turn the trainee was on. Otherwise the old
	 * attempt is closed with the reason, and a fresh run starts.
	 */
	static async open(
		scenario: Scenario,
		version: string,
		bounds: ScoreBounds,
		options: { record?: boolean } = {}
	) {
		if (options.record === false)
			return new ScenarioRun(scenario, version, bounds, null, null, false);
		let restored: Restored | null = null;
		let notice: 'resumed' | 'changed' | null = null;
		try {
			const store = await loadStore();
			const saved =
				(await store.savedRunFor(scenario.locale, scenario.id)) ??
				legacySavedRun(scenario, version);
			if (saved) {
				const snapshot = saved.snapshot as RunSnapshot;
				const at = scenario.nodes.get(String(snapshot.value));
				const fits =
					saved.version === version ||
					((at?.kind === 'choice' || at?.kind === 'reply') &&
						snapshot.context.turns.every((turn) => scenario.nodes.has(turn.node)));
				if (fits && snapshot.status === 'active') {
					restored = { snapshot, attemptId: saved.attemptId, seed: saved.seed };
					notice = 'resumed';
				} else {
					await store.closeAttempt(saved.attemptId, 'scenario-changed');
					notice = 'changed';
				}
			}
		} catch {
			// No usable store: practice still works; the banner says progress is not kept.
		}
		try {
			return new ScenarioRun(scenario, version, bounds, restored, notice);
		} catch {
			// A snapshot XState cannot restore into this machine counts as an incompatible change.
			if (restored)
				void loadStore().then((store) =>
					store.closeAttempt(restored.attemptId, 'scenario-changed')
				);
			return new ScenarioRun(scenario, version, bounds, null, restored ? 'changed' : notice);
		}
	}

	#start(snapshot: RunSnapshot | undefined) {
		const actor = createActor(this.#machine, snapshot ? { snapshot } : {});
		this.#recorded = snapshot?.context.turns.length ?? 0;
		actor.subscribe((next) => {
			this.snapshot = next;
			this.#record(next);
		});
		actor.start();
		this.snapshot = actor.getSnapshot();
		return actor;
	}

	/** Saves each new turn, the snapshot to resume from, review cards and the result. */
	#record(snapshot: RunSnapshot) {
		const turns = snapshot.context.turns;
		if (!this.record || turns.length <= this.#recorded) return;
		const fresh = turns
			.slice(this.#recorded)
			.map((turn, i) => ({ turn, index: this.#recorded + i }));
		this.#recorded = turns.length;
		const now = Date.now();
		const tookMs = now - this.#lineShownAt;
		this.#lineShownAt = now;
		const done = snapshot.status === 'done';
		const persisted = this.#actor?.getPersistedSnapshot() ?? snapshot;
		const { score, blockedBy } = snapshot.context;
		const ending = done ? this.scenario.nodes.get(String(snapshot.value)) : undefined;
		const blocked = done && snapshot.value === blockedState;
		this.#attemptId ??= loadStore().then((store) =>
			store.startAttempt({
				scenarioId: this.scenario.id,
				locale: this.scenario.locale,
				version: this.version,
				mode: this.scenario.mode,
				startedAt: now - tookMs,
				max: this.bounds.max
			})
		);
		const attemptId = this.#attemptId;
		this.saveState = 'saving';
		this.#saving = this.#saving
			.then(async () => {
				const [store, id, { turnFailed, newReviewCard }] = await Promise.all([
					loadStore(),
					attemptId,
					import('../review/cards.ts')
				]);
				const cards: ReviewCard[] = [];
				for (const { turn, index } of fresh) {
					const node = this.scenario.nodes.get(turn.node);
					const isLast = index === turns.length - 1;
					if (
						node &&
						turnFailed(
							node,
							{ points: turn.points, blocked: blocked && isLast },
							this.scenario.pass
						)
					)
						cards.push(
							newReviewCard(
								{
									locale: this.scenario.locale,
									scenarioId: this.scenario.id,
									node: turn.node,
									attemptId: id
								},
								now
							)
						);
				}
				await store.recordTurns({
					attemptId: id,
					turns: fresh.map(({ turn, index }) => {
						const breakdown = this.#breakdowns.get(index);
						return {
							...turn,
							attemptId: id,
							index,
							answeredAt: now,
							tookMs,
							...(breakdown ? { breakdown } : {})
						};
					}),
					score,
					run: done
						? null
						: {
								locale: this.scenario.locale,
								scenarioId: this.scenario.id,
								version: this.version,
								snapshot: persisted,
								seed: this.#seed
							},
					...(done
						? {
								result: {
									outcome: ending?.kind === 'ending' ? ending.ending.outcome : 'lost',
									passed: hasPassed(this.scenario.pass, this.bounds, { score, blockedBy })
								}
							}
						: {}),
					cards
				});
				this.saveState = 'saved';
				if (done) void import('../storage/open.ts').then((open) => open.keepDataPersistent());
			})
			.catch(() => {
				// The banner says why (full device, no IndexedDB); the run itself goes on.
				this.saveState = 'failed';
			});
	}

	/** Resolves once every answer given so far has been written (or failed to be). */
	flushed(): Promise<void> {
		return this.#saving;
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
			this.#breakdowns.set(this.snapshot.context.turns.length, breakdownOf(result));
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

	/** Starts over; an unfinished attempt stays in the history, marked abandoned. */
	restart() {
		const unfinished = this.done || !this.record ? null : this.#attemptId;
		if (unfinished) {
			this.#saving = this.#saving
				.then(async () => (await loadStore()).closeAttempt(await unfinished))
				.catch(() => {});
		}
		this.#attemptId = null;
		this.#actor.stop();
		this.notice = null;
		this.saveState = 'idle';
		this.#lineShownAt = Date.now();
		this.#seed = newSeed();
		this.#breakdowns.clear();
		this.#actor = this.#start(undefined);
	}
}

/**
 * Runs saved by the first release lived in localStorage, one entry per scenario. Read once and
 * removed, so an update does not lose a call in progress.
 */
function legacySavedRun(scenario: Scenario, version: string) {
	const key = `peilian:run:${scenario.locale}/${scenario.id}`;
	try {
		const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as {
			version?: string;
			snapshot?: RunSnapshot;
			attemptId?: number;
			seed?: number;
		} | null;
		localStorage.removeItem(key);
		if (!saved?.snapshot || !saved.attemptId) return undefined;
		return {
			snapshot: saved.snapshot,
			attemptId: saved.attemptId,
			seed: saved.seed ?? newSeed(),
			version: saved.version ?? version
		};
	} catch {
		return undefined;
	}
}

/** The parts of a reply's score worth keeping with the turn (no feedback prose, no positions). */
function breakdownOf(result: ReplyScore): TurnBreakdown {
	return {
		concepts: result.concepts.map(({ name, matched, points }) => ({ name, matched, points })),
		penalties: result.penalties.map(({ phrase, points }) => ({ phrase, points })),
		...(result.blockedBy ? { blockedBy: result.blockedBy.phrase } : {}),
		...(result.length.problem ? { length: result.length.problem } : {}),
		...(result.order.ok ? {} : { orderWrong: true })
	};
}
