import type { Locale } from './locales';
import type { CsvColumn, ImportSummary, TransferErrorCode } from '../storage/transfer.ts';

/**
 * Strings of moving progress between devices: export and import buttons, the import summary, an
 * explanation per error (each may show the technical detail: where in the file, and what), and
 * the header row of the attempts spreadsheet.
 */
export interface TransferMessages {
	title: string;
	intro: string;
	exportJson: string;
	exportCsv: string;
	importJson: string;
	importing: string;
	/** One line saying what an import added, updated and left alone. */
	summary: (summary: ImportSummary) => string;
	errors: Record<TransferErrorCode, (detail: string) => string>;
	/** Labels for the first row of the CSV. */
	csvHeaders: Record<CsvColumn, string>;
}

type Counted = keyof ImportSummary;
type Nouns = Record<Counted, (n: number) => string>;

function describe(
	summary: ImportSummary,
	nouns: Nouns,
	text: { added: string; updated: string; kept: (n: number) => string; nothing: string },
	join: { list: string; end: string }
): string {
	const tables = Object.keys(nouns) as Counted[];
	const part = (kind: 'added' | 'updated') =>
		tables
			.filter((table) => summary[table][kind] > 0)
			.map((table) => nouns[table](summary[table][kind]))
			.join(join.list);
	const added = part('added');
	const updated = part('updated');
	const kept = tables.reduce((sum, table) => sum + summary[table].skipped, 0);
	if (!added && !updated) return text.nothing;
	const sentences = [
		added && `${text.added}${added}${join.end}`,
		updated && `${text.updated}${updated}${join.end}`,
		kept > 0 && text.kept(kept)
	];
	return sentences.filter(Boolean).join(' ');
}

const zhNouns: Nouns = {
	attempts: (n) => `${n} 次练习`,
	turns: (n) => `${n} 轮回答`,
	savedRuns: (n) => `${n} 个未完成的练习`,
	reading: (n) => `${n} 篇阅读进度`,
	bookmarks: (n) => `${n} 个书签`,
	cards: (n) => `${n} 张复习卡`,
	reviewLog: (n) => `${n} 条复习记录`,
	checklistTicks: (n) => `${n} 个清单勾选`,
	settings: (n) => `${n} 项设置`
};

const plural = (one: string, many: string) => (n: number) => `${n} ${n === 1 ? one : many}`;
const enNouns: Nouns = {
	attempts: plural('attempt', 'attempts'),
	turns: plural('answer', 'answers'),
	savedRuns: plural('unfinished run', 'unfinished runs'),
	reading: plural('page read', 'pages read'),
	bookmarks: plural('bookmark', 'bookmarks'),
	cards: plural('review card', 'review cards'),
	reviewLog: plural('review', 'reviews'),
	checklistTicks: plural('checklist tick', 'checklist ticks'),
	settings: plural('setting', 'settings')
};

export const transferMessages = {
	'zh-CN': {
		title: '备份与迁移',
		intro:
			'进度只保存在这台设备上。导出一个文件，就可以在另一台设备上导入，或者交给培训师查看。导入不会覆盖这里已有的记录。',
		exportJson: '导出进度（JSON）',
		exportCsv: '导出练习记录（CSV）',
		importJson: '导入进度',
		importing: '正在导入…',
		summary: (summary) =>
			describe(
				summary,
				zhNouns,
				{
					added: '已导入：',
					updated: '已更新：',
					kept: (n) => `另有 ${n} 条记录本机已有，保留本机的。`,
					nothing: '没有新内容：文件里的记录这台设备上都已经有了。'
				},
				{ list: '、', end: '。' }
			),
		errors: {
			'too-large': (detail) => `文件太大，无法导入。（${detail}）`,
			'not-json': (detail) => `这不是有效的 JSON 文件：${detail}`,
			truncated: (detail) => `文件不完整，可能在下载或复制时被截断了：${detail}`,
			foreign: () => '这不是陪练的进度文件。',
			'newer-version': (detail) => `这个文件由更新版本的陪练导出，请先更新应用。（${detail}）`,
			'unknown-version': (detail) => `无法识别这个文件的版本：${detail}`,
			invalid: (detail) => `文件内容有误，没有导入任何内容：${detail}`,
			duplicates: (detail) => `文件中有重复的记录，没有导入任何内容：${detail}`,
			'write-failed': (detail) => `保存时出错，没有导入任何内容：${detail}`
		},
		csvHeaders: {
			id: '编号',
			locale: '语言',
			scenario: '场景编号',
			title: '场景',
			mode: '模式',
			started: '开始时间',
			ended: '结束时间',
			status: '状态',
			outcome: '结果',
			score: '得分',
			max: '满分',
			percent: '得分率（%）',
			passed: '是否通过',
			turns: '回答轮数',
			seconds: '回答用时（秒）'
		}
	},
	en: {
		title: 'Backup and transfer',
		intro:
			'Your progress is kept on this device only. Export it to a file to import on another device or to hand to your trainer. Importing never overwrites what is already here.',
		exportJson: 'Export progress (JSON)',
		exportCsv: 'Export attempts (CSV)',
		importJson: 'Import progress',
		importing: 'Importing…',
		summary: (summary) =>
			describe(
				summary,
				enNouns,
				{
					added: 'Imported: ',
					updated: 'Updated: ',
					kept: (n) => `${n} already here ${n === 1 ? 'was' : 'were'} kept as they are.`,
					nothing: 'Nothing new: everything in this file is already on this device.'
				},
				{ list: ', ', end: '.' }
			),
		errors: {
			'too-large': (detail) => `The file is too large to import (${detail}).`,
			'not-json': (detail) => `This is not a valid JSON file: ${detail}`,
			truncated: (detail) =>
				`The file is incomplete; it may have been cut off while downloading or copying: ${detail}`,
			foreign: () => 'This is not a Peilian progress file.',
			'newer-version': (detail) =>
				`This file was made by a newer Peilian; update the app first. (${detail})`,
			'unknown-version': (detail) => `This file's version is not one Peilian knows: ${detail}`,
			invalid: (detail) => `Something in the file is wrong, so nothing was imported: ${detail}`,
			duplicates: (detail) => `The file repeats a record, so nothing was imported: ${detail}`,
			'write-failed': (detail) => `Saving failed, so nothing was imported: ${detail}`
		},
		csvHeaders: {
			id: 'ID',
			locale: 'Language',
			scenario: 'Scenario ID',
			title: 'Scenario',
			mode: 'Mode',
			started: 'Started',
			ended: 'Ended',
			status: 'Status',
			outcome: 'Outcome',
			score: 'Score',
			max: 'Max',
			percent: 'Percent',
			passed: 'Passed',
			turns: 'Answers',
			seconds: 'Time answering (s)'
		}
	}
} satisfies Record<Locale, TransferMessages>;
