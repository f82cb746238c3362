import { existsSync, readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

import { getShortestPaths } from 'xstate/graph';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readMarkdownFiles } from '../content/files.ts';
import { buildPlaybookIndex } from '../content/playbooks.ts';
import { locales } from '../i18n/locales.ts';
import { buildScenarioLibrary } from './library.ts';
import { compileScenario } from './machine.ts';
import { probeEvents } from './probe.ts';
import { scoreReply } from './score.ts';

/**
 * Runs for every scenario under content/, so a trainer's new scenario is tested without anyone
 * writing a test: it must pass the checker, every node and ending must be reachable in the
 * compiled machine, and every typed turn must come with sample replies that rank correctly.
 */
const playbooks = buildPlaybookIndex(readMarkdownFiles('content/playbooks')).index;
const files = readMarkdownFiles('content/scenarios');
const { library, diagnostics } = buildScenarioLibrary(files, playbooks);
const pinyinOf = (text: string) => pinyin(text, { toneType: 'none', type: 'array' });
const all = locales.flatMap((locale) => library.byLocale[locale]);

describe('shipped scenarios', () => {
	it('pass the checker with no errors', () => {
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(all.length).toBe(files.length);
	});

	for (const { scenario, bounds } of all) {
		describe(`${scenario.locale}/${scenario.id}`, () => {
			it('reaches every node and at least two endings in the compiled machine', () => {
				const paths = getShortestPaths(compileScenario(scenario), {
					events: probeEvents(scenario),
					// Node plus patience: rules such as "patience <= 0" make some endings depend on it.
					serializeState: (snapshot) =>
						`${JSON.stringify(snapshot.value)}|${snapshot.context.patience}`
				});
				const reached = new Set(paths.map((path) => path.state.value as string));
				for (const id of scenario.nodes.keys()) expect(reached, id).toContain(id);
				const endings = [...scenario.nodes.values()].filter((node) => node.kind === 'ending');
				expect(endings.length).toBeGreaterThanOrEqual(2);
				expect(bounds.max).toBeGreaterThan(0);
			});

			const samplesFile = `tests/replies/${scenario.locale}/${scenario.id}.yaml`;
			const replies = [...scenario.nodes.values()].filter((node) => node.kind === 'reply');
			if (replies.length === 0) return;
			it('has sample replies for every typed turn, and good ones outscore poor ones', () => {
				expect(existsSync(samplesFile), samplesFile).toBe(true);
				const samples = parse(readFileSync(samplesFile, 'utf8')) as Record<
					string,
					{ good: string[]; poor: string[] }
				>;
				for (const node of replies) {
					if (node.kind !== 'reply') continue;
					const { good = [], poor = [] } = samples[node.id] ?? {};
					expect(good.length, `${node.id}: good samples`).toBeGreaterThanOrEqual(3);
					expect(poor.length, `${node.id}: poor samples`).toBeGreaterThanOrEqual(3);
					const points = (answer: string) => scoreReply(node.reply, answer, pinyinOf).points;
					const worstGood = Math.min(...good.map(points));
					const bestPoor = Math.max(...poor.map(points));
					expect(
						worstGood,
						`${node.id}: weakest good reply vs strongest poor reply`
					).toBeGreaterThan(bestPoor);
					for (const blocker of node.reply.blockers) {
						const result = scoreReply(node.reply, `${good[0]} ${blocker.phrases[0]}`, pinyinOf);
						expect(result.blockedBy, `${node.id}: blocker "${blocker.phrases[0]}"`).not.toBeNull();
					}
				}
			});
		});
	}
});
