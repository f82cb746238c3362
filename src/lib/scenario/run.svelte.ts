import { createActor, type Actor } from 'xstate';
import { compileScenario, type RunMachine, type RunSnapshot } from './machine.ts';
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

	constructor(
		readonly scenario: Scenario,
		readonly version: string
	) {
		this.#machine = compileScenario(scenario);
		this.#key = `peilian:run:${scenario.locale}/${scenario.id}`;
		this.#actor = this.#start(this.#restore());
	}

	#start(snapshot: RunSnapshot | undefined) {
		const actor = createActor(this.#machine, snapshot ? { snapshot } : {});
		actor.subscribe((next) => {
			this.snapshot = next;
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
			return saved.snapshot;
		} catch {
			return undefined;
		}
	}

	#save(snapshot: RunSnapshot) {
		try {
			localStorage.setItem(
				this.#key,
				JSON.stringify({
					version: this.version,
					snapshot: this.#actor?.getPersistedSnapshot() ?? snapshot
				})
			);
		} catch {
			// Storage full or blocked: the run goes on, it just cannot be resumed after a reload.
		}
	}

	get node() {
		return this.scenario.nodes.get(String(this.snapshot.value));
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
		this.#actor.stop();
		this.notice = null;
		localStorage.removeItem(this.#key);
		this.#actor = this.#start(undefined);
	}
}
