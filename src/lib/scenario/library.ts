import type { Diagnostic } from '../content/diagnostics.ts';
import type { PlaybookIndex, SourceFile } from '../content/playbooks.ts';
import { isLocale, locales, otherLocale, type Locale } from '../i18n/locales.ts';
import { checkScenario, type ScoreBounds } from './check.ts';
import { fnv1a } from './hash.ts';
import { parseScenario, type Scenario } from './parse.ts';

export interface CheckedScenario {
	scenario: Scenario;
	bounds: ScoreBounds;
	/** Hash of the file: a saved run knows whether the scenario changed since it started. */
	version: string;
}

export interface ScenarioLibrary {
	byLocale: Record<Locale, CheckedScenario[]>;
}

const pathPattern = /(?:^|\/)scenarios\/([^/]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/**
 * Parses and checks every scenario file, then the checks across files: the id matches the file
 * name and locale folder, each scenario exists in both languages, playbook links resolve.
 */
export function buildScenarioLibrary(
	files: readonly SourceFile[],
	playbooks: PlaybookIndex
): { library: ScenarioLibrary; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const byLocale = Object.fromEntries(locales.map((locale) => [locale, []])) as unknown as Record<
		Locale,
		CheckedScenario[]
	>;
	const seen = new Map<string, string>();
	for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const error = (line: number, column: number, message: string, hint?: string) =>
			diagnostics.push({ file: file.path, line, column, severity: 'error', message, hint });
		const match = pathPattern.exec(file.path);
		if (!match || !isLocale(match[1])) {
			error(
				1,
				1,
				'scenario files are scenarios/<zh-CN|en>/<id>.md',
				'e.g. scenarios/zh-CN/no-time.md'
			);
			continue;
		}
		const [, locale, name] = match as unknown as [string, Locale, string];
		seen.set(`${locale}/${name}`, file.path);
		const parsed = parseScenario(file.path, file.source);
		diagnostics.push(...parsed.diagnostics);
		const scenario = parsed.scenario;
		if (!scenario) continue;
		if (scenario.id !== name)
			error(2, 1, `id "${scenario.id}" differs from the file name "${name}"`, 'use the same id');
		if (scenario.locale !== locale)
			error(2, 1, `locale "${scenario.locale}" but the file is in ${locale}/`);
		for (const link of scenario.playbook) {
			const [slug = '', anchor] = link.split('#', 2) as [string, string | undefined];
			const page = playbooks.byLocale[locale].find((candidate) => candidate.slug === slug);
			if (!page) error(2, 1, `playbook link "${link}": no playbook "${slug}" in ${locale}`);
			else if (anchor && !page.headings.some((heading) => heading.id === anchor)) {
				error(2, 1, `playbook link "${link}": no section "#${anchor}" in ${page.file}`);
			}
		}
		const report = checkScenario(scenario);
		diagnostics.push(...report.diagnostics);
		const kinds = Object.keys(report.endings).length;
		if (kinds < 2) error(1, 1, 'a scenario needs at least two endings');
		if (report.bounds && !report.diagnostics.some((d) => d.severity === 'error')) {
			byLocale[locale].push({
				scenario,
				bounds: report.bounds,
				version: fnv1a(file.source).toString(16).padStart(8, '0')
			});
		}
	}
	for (const [key, path] of seen) {
		const [locale, name] = key.split('/') as [Locale, string];
		if (!seen.has(`${otherLocale(locale)}/${name}`)) {
			diagnostics.push({
				file: path,
				line: 1,
				column: 1,
				severity: 'error',
				message: `no ${otherLocale(locale)} counterpart for scenario "${name}"`,
				hint: `add scenarios/${otherLocale(locale)}/${name}.md`
			});
		}
	}
	return { library: { byLocale }, diagnostics };
}
