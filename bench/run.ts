/**
 * `npm run bench`: size and speed figures for the playbook site. Prints numbers; asserts nothing.
 *
 * - JS shipped for a playbook page (gzip, first load) and for opening search
 * - search index size per locale
 * - search latency (median, p95) over a fixed query list, on the shipped corpus and on a generated
 *   1,000-page corpus
 * - content check and full build time for the generated corpus
 * - the progress store: dashboard render and single-turn save with 10,000 attempts (progress.ts)
 *
 * Needs a build of the shipped site first (`npm run build`); the 1,000-page build writes to
 * bench/.corpus and .svelte-kit/bench-build and leaves build/ alone.
 */
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readMarkdownFiles } from '../src/lib/content/files.ts';
import { buildPlaybookIndex, type PlaybookIndex } from '../src/lib/content/playbooks.ts';
import { topicIds } from '../src/lib/content/topics.ts';
import { playbookDocuments } from '../src/lib/search/documents.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../src/lib/search/engine.ts';
import { locales, type Locale } from '../src/lib/i18n/locales.ts';
import { checkScenario } from '../src/lib/scenario/check.ts';
import { compileScenario } from '../src/lib/scenario/machine.ts';
import { parseScenario } from '../src/lib/scenario/parse.ts';
import { scoreReply } from '../src/lib/scenario/score.ts';
import { pinyin } from 'pinyin-pro';
import { benchProgress } from './progress.ts';

const queries: Record<Locale, string[]> = {
	'zh-CN': [
		'没时间',
		'回款',
		'投诉',
		'价格太高',
		'资料',
		'前台',
		'满意度',
		'漏斗',
		'拜访路线',
		'赊销',
		'电话留言',
		'成交信号'
	],
	en: [
		'no time',
		'collections',
		'complaint',
		'price too high',
		'voicemail',
		'gatekeeper',
		'satisfaction',
		'funnel',
		'route',
		'credit',
		'buying signal',
		'objection'
	]
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (path: string) => gzipSync(readFileSync(path)).byteLength;

function percentile(sorted: number[], p: number) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Gzip size of the JS a fresh browser fetches for `path`: up to the moment the page is interactive
 * (first load), and what loads lazily after that until the network is idle (e.g. storage).
 */
async function jsForPage(buildDir: string, paths: string[]) {
	const server = createServer(sirv(buildDir, { extensions: ['html'] }));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const sizes: Record<string, { firstLoad: number; lazy: number }> = {};
	for (const path of paths) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}${path}`);
		await page.locator('html[data-ready]').waitFor();
		await page.waitForLoadState('networkidle');
		const scripts = await page.evaluate(() => {
			const ready = performance.getEntriesByName('peilian:ready')[0]!.startTime;
			return performance
				.getEntriesByType('resource')
				.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
				.map((entry) => ({ file: new URL(entry.name).pathname, lazy: entry.startTime > ready }));
		});
		const total = (lazy: boolean) =>
			scripts
				.filter((script) => script.lazy === lazy)
				.reduce((sum, script) => sum + gzip(join(buildDir, script.file)), 0);
		sizes[path] = { firstLoad: total(false), lazy: total(true) };
		await context.close();
	}
	await browser.close();
	server.close();
	return sizes;
}

function searchLatency(index: PlaybookIndex, rounds: number) {
	const results: Record<string, { median: number; p95: number; docs: number }> = {};
	for (const locale of locales) {
		const documents = playbookDocuments(index.byLocale[locale]);
		const loaded = loadSearchIndex(buildSearchIndex(documents));
		for (const query of queries[locale]) search(loaded, query); // warm up
		const times: number[] = [];
		for (let round = 0; round < rounds; round++) {
			for (const query of queries[locale]) {
				const start = performance.now();
				search(loaded, query);
				times.push(performance.now() - start);
			}
		}
		times.sort((a, b) => a - b);
		results[locale] = {
			median: percentile(times, 50),
			p95: percentile(times, 95),
			docs: documents.length
		};
	}
	return results;
}

function printLatency(label: string, results: ReturnType<typeof searchLatency>) {
	for (const [locale, r] of Object.entries(results)) {
		console.log(
			`search latency, ${label}, ${locale} (${r.docs} sections): median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`
		);
	}
}

/** 1,000 page files (500 slugs × 2 locales) made by recombining the shipped pages' sections. */
function generateCorpus(dir: string, pages = 1000) {
	rmSync(dir, { recursive: true, force: true });
	const shipped = readMarkdownFiles('content/playbooks');
	for (const locale of locales) {
		mkdirSync(join(dir, 'playbooks', locale), { recursive: true });
		const bodies = shipped
			.filter((file) => file.path.includes(`/${locale}/`))
			.map((file) => file.source.replace(/^---[\s\S]*?\n---\n/, '').replace(/\]\([^)]*\)/g, ']'));
		const sections = bodies.flatMap((body) => body.split(/\n(?=## )/).slice(1));
		for (let i = 0; i < pages / locales.length; i++) {
			const pick = Array.from(
				{ length: 6 },
				(_, j) => sections[(i * 7 + j * 13) % sections.length]!
			);
			const slug = `page-${String(i).padStart(4, '0')}`;
			const front = [
				'---',
				`title: ${locale === 'en' ? 'Generated page' : '生成页面'} ${i}`,
				`summary: ${locale === 'en' ? 'A page made for benchmarks.' : '为基准测试生成的页面。'}`,
				`topic: ${topicIds[i % topicIds.length]}`,
				`order: ${Math.floor(i / topicIds.length) + 1}`,
				'---',
				''
			].join('\n');
			// Headings repeat across the picked sections; numbering keeps each page's anchors unique.
			const body = pick
				.map((section, j) => section.replace(/^(#{2,3} .*)$/gm, `$1 ${j}`))
				.join('\n');
			writeFileSync(
				join(dir, 'playbooks', locale, `${String(i).padStart(4, '0')}-${slug}.md`),
				front + body
			);
		}
	}
}

// 1. What the shipped site costs a reader.
const buildDir = 'build';
if (!existsSync(join(buildDir, 'zh-CN.html'))) {
	console.log('building the shipped site first…');
	execSync('npx vite build', { stdio: 'ignore' });
}
const pageJs = await jsForPage(
	buildDir,
	[
		'/zh-CN/playbooks/objection-handling',
		'/en/playbooks/phone-prospecting',
		'/zh-CN/scenarios/no-time'
	].filter((path) => existsSync(join(buildDir, `${path}.html`)))
);
for (const [path, { firstLoad, lazy }] of Object.entries(pageJs)) {
	console.log(
		`JS for ${path}, first load until interactive (gzip): ${kb(firstLoad)}${path.includes('/playbooks/') ? ' (target ≤ 60 KB)' : ''}`
	);
	console.log(`JS for ${path}, loaded lazily after that (gzip): ${kb(lazy)}`);
}
const chunks = readdirSync(join(buildDir, '_app/immutable/chunks'));
const searchChunk = chunks
	.map((file) => join(buildDir, '_app/immutable/chunks', file))
	.find((file) => readFileSync(file, 'utf8').includes('loadJSON'));
if (searchChunk) console.log(`JS loaded when search first opens (gzip): ${kb(gzip(searchChunk))}`);
for (const locale of locales) {
	const path = join(buildDir, 'search-index', `${locale}.json`);
	console.log(
		`search index ${locale}: ${kb(readFileSync(path).byteLength)} raw, ${kb(gzip(path))} gzip`
	);
}

// 2. Scenarios: parse + check + compile at scale, and free-text scoring speed.
const fixture = readFileSync('tests/fixtures/scenarios/no-time.md', 'utf8');
let started = performance.now();
for (let i = 0; i < 1000; i++) {
	const source = fixture
		.replace('id: no-time', `id: generated-${i}`)
		.replace(/刘建国/g, `客户${i}`);
	const { scenario } = parseScenario(`generated-${i}.md`, source);
	checkScenario(scenario!);
	compileScenario(scenario!);
}
console.log(
	`parse + check + compile, 1,000 scenarios: ${(performance.now() - started).toFixed(0)} ms`
);
const replyNode = parseScenario('no-time.md', fixture).scenario!.nodes.get('purpose')!;
if (replyNode.kind === 'reply') {
	const pinyinOf = (text: string) => pinyin(text, { toneType: 'none', type: 'array' });
	const answers = [
		'刘经理，我们帮工厂减少设备意外停机，想约您二十分钟，周二上午十点或者周三下午三点，您看哪个方便？',
		'就三分钟，我保证您一定会感兴趣的！',
		'我们能帮您减少厅机，周二上午十点见个面？',
		'那我给您发点资料吧，您有空看看。'
	];
	const times: number[] = [];
	for (let round = 0; round < 250; round++) {
		for (const answer of answers) {
			started = performance.now();
			scoreReply(replyNode.reply, answer, pinyinOf);
			times.push(performance.now() - started);
		}
	}
	times.sort((a, b) => a - b);
	console.log(
		`free-text scoring (with pinyin): median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`
	);
}

// 3. The progress store with years of practice in it.
await benchProgress(buildDir);

// 4. Search speed on the shipped corpus.
const shipped = buildPlaybookIndex(readMarkdownFiles('content/playbooks')).index;
printLatency('shipped corpus', searchLatency(shipped, 200));

// 5. The same at 1,000 pages, and how long checking and building them takes.
const corpusDir = 'bench/.corpus';
generateCorpus(corpusDir);
let start = performance.now();
const generated = buildPlaybookIndex(readMarkdownFiles(join(corpusDir, 'playbooks')));
const checkMs = performance.now() - start;
const errors = generated.diagnostics.filter((d) => d.severity === 'error');
if (errors.length > 0) throw new Error(`generated corpus has errors, e.g. ${errors[0]!.message}`);
console.log(`content check, 1,000 generated pages: ${checkMs.toFixed(0)} ms`);
printLatency('1,000-page corpus', searchLatency(generated.index, 20));

if (!process.argv.includes('--no-build')) {
	start = performance.now();
	execSync('npx vite build', {
		stdio: 'ignore',
		env: {
			...process.env,
			PEILIAN_CONTENT_DIR: corpusDir,
			PEILIAN_BUILD_DIR: '.svelte-kit/bench-build'
		}
	});
	console.log(
		`full build, 1,000 generated pages: ${((performance.now() - start) / 1000).toFixed(1)} s`
	);
}
