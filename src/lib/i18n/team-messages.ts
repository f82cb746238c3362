import type { Locale } from './locales';

/**
 * Strings of the trainer's team view, loaded with that page only. Why a file was refused comes
 * from transfer-messages (the same explanations a trainee sees on import).
 */
export interface TeamMessages {
	title: string;
	intro: string;
	/** Which language's practice counts here, and how much of the other one was left out. */
	languageNote: (otherLanguageAttempts: number) => string;
	loading: string;
	drop: string;
	dropHint: string;
	chooseFiles: string;
	reading: string;
	results: string;
	added: (trainee: string) => string;
	duplicate: (trainee: string) => string;
	refused: (reason: string) => string;
	empty: string;
	storageFailed: string;
	totals: (trainees: number, attempts: number, finished: number, answers: number) => string;
	trainees: string;
	trainee: string;
	attempts: string;
	finished: string;
	passedScenarios: string;
	meanBest: string;
	lastActive: string;
	weakestSkill: string;
	actions: string;
	exportedAt: (date: string) => string;
	remove: string;
	removeLabel: (trainee: string) => string;
	none: string;
	scenarios: string;
	scenario: string;
	practised: string;
	passed: string;
	medianBest: string;
	distribution: string;
	distributionLabel: (buckets: number[]) => string;
	noScenarios: string;
	hardest: string;
	hardestIntro: string;
	failureRate: (percent: number, failed: number, answered: number) => string;
	noHardest: string;
	skills: string;
	skill: string;
	answers: string;
	passRate: string;
	noSkills: string;
	exports: string;
	exportCsv: string;
	exportXapi: string;
	exportNote: string;
	/** Header of the CSV's first column; the others are the trainee's own CSV headers. */
	csvTrainee: string;
}

/** `60–69` for bucket 6, `90–100` for the last. */
const range = (bucket: number) => `${bucket * 10}–${bucket === 9 ? 100 : bucket * 10 + 9}`;

const zhCN: TeamMessages = {
	title: '团队进度',
	intro:
		'把学员在“我的进度”里导出的进度文件拖到这里，看看谁练了什么、各场景和技能的得分，以及大家最常答不好的回合。文件只保存在这台设备上，不会并入你自己的进度。',
	languageNote: (other) =>
		`这里只统计中文练习。${other > 0 ? `文件里另有 ${other} 次英文练习，切换到 English 查看。` : ''}`,
	loading: '正在读取团队文件…',
	drop: '把进度文件拖到这里',
	dropHint: '或点击选择文件，可以一次选多个（.json）',
	chooseFiles: '选择学员的进度文件（.json，可多选）',
	reading: '正在读取文件…',
	results: '导入结果',
	added: (trainee) => `已添加：${trainee}`,
	duplicate: (trainee) => `已经添加过，未重复添加：${trainee}`,
	refused: (reason) => `未导入：${reason}`,
	empty: '还没有文件：请学员在“我的进度”里点“导出进度（JSON）”，把文件发给你，再拖到这里。',
	storageFailed: '团队文件没能读取或保存。',
	totals: (trainees, attempts, finished, answers) =>
		`${trainees} 名学员 · ${attempts} 次练习 · 完成 ${finished} 次 · 回答 ${answers} 轮`,
	trainees: '学员',
	trainee: '学员',
	attempts: '练习次数',
	finished: '完成',
	passedScenarios: '通过的场景',
	meanBest: '平均最好成绩',
	lastActive: '最近练习',
	weakestSkill: '最弱的技能',
	actions: '操作',
	exportedAt: (date) => `${date} 导出`,
	remove: '移除',
	removeLabel: (trainee) => `移除 ${trainee}`,
	none: '–',
	scenarios: '各场景',
	scenario: '场景',
	practised: '练过的人数',
	passed: '通过的人数',
	medianBest: '最好成绩中位数',
	distribution: '最好成绩分布',
	distributionLabel: (buckets) => {
		const parts = buckets.flatMap((n, i) => (n > 0 ? [`${range(i)} 分 ${n} 人`] : []));
		return `最好成绩分布：${parts.length ? parts.join('、') : '还没有人完成'}`;
	},
	noScenarios: '学员还没有练过任何场景。',
	hardest: '最常答不好的回合',
	hardestIntro:
		'至少被回答过两次的回合，按答不好的比例排序。答不好的标准与复习卡相同：这一轮的得分低于满分乘以场景的及格比例。',
	failureRate: (percent, failed, answered) =>
		`${percent}% 没答好（${answered} 次回答中 ${failed} 次）`,
	noHardest: '还没有回合被回答过两次以上。',
	skills: '各技能通过率',
	skill: '技能',
	answers: '回答次数',
	passRate: '答好的比例',
	noSkills: '学员完成练习后，这里会显示各项技能的通过率。',
	exports: '导出',
	exportCsv: '导出表格（CSV）',
	exportXapi: '导出 xAPI 语句（JSON）',
	exportNote:
		'表格里每行是一次练习。xAPI 语句可以导入学习记录系统（LRS）；重复导出的语句编号相同，不会被记录两次。',
	csvTrainee: '学员'
};

const en: TeamMessages = {
	title: 'Team progress',
	intro:
		'Drop the progress files your trainees exported from My progress here to see who practised what, the scores per scenario and skill, and the turns everyone finds hardest. The files stay on this device and are never merged into your own progress.',
	languageNote: (other) =>
		`Only practice in English counts here.${other > 0 ? ` The files also hold ${other} Chinese attempt${other === 1 ? '' : 's'}: switch to 中文 to see ${other === 1 ? 'it' : 'them'}.` : ''}`,
	loading: 'Reading the team files…',
	drop: 'Drop progress files here',
	dropHint: 'or click to choose them; several at once is fine (.json)',
	chooseFiles: 'Choose trainees’ progress files (.json, several at once)',
	reading: 'Reading files…',
	results: 'Import results',
	added: (trainee) => `Added: ${trainee}`,
	duplicate: (trainee) => `Already here, not added again: ${trainee}`,
	refused: (reason) => `Not imported: ${reason}`,
	empty:
		'No files yet: ask trainees to export from My progress (“Export progress (JSON)”), send you the file, and drop it here.',
	storageFailed: 'The team files could not be read or saved.',
	totals: (trainees, attempts, finished, answers) =>
		`${trainees} trainee${trainees === 1 ? '' : 's'} · ${attempts} run${attempts === 1 ? '' : 's'} · ${finished} finished · ${answers} answer${answers === 1 ? '' : 's'}`,
	trainees: 'Trainees',
	trainee: 'Trainee',
	attempts: 'Runs',
	finished: 'Finished',
	passedScenarios: 'Scenarios passed',
	meanBest: 'Mean best',
	lastActive: 'Last active',
	weakestSkill: 'Weakest skill',
	actions: 'Actions',
	exportedAt: (date) => `exported ${date}`,
	remove: 'Remove',
	removeLabel: (trainee) => `Remove ${trainee}`,
	none: '–',
	scenarios: 'By scenario',
	scenario: 'Scenario',
	practised: 'Practised',
	passed: 'Passed',
	medianBest: 'Median best',
	distribution: 'Best scores',
	distributionLabel: (buckets) => {
		const parts = buckets.flatMap((n, i) =>
			n > 0 ? [`${range(i)}%: ${n} trainee${n === 1 ? '' : 's'}`] : []
		);
		return `Best scores: ${parts.length ? parts.join(', ') : 'nobody finished yet'}`;
	},
	noScenarios: 'Nobody has practised a scenario yet.',
	hardest: 'Hardest turns',
	hardestIntro:
		'Turns answered at least twice, most often missed first. A turn is missed by the same rule as for review cards: it earned less than the scenario’s pass share of what it could earn.',
	failureRate: (percent, failed, answered) =>
		`${percent}% missed (${failed} of ${answered} answer${answered === 1 ? '' : 's'})`,
	noHardest: 'No turn has been answered twice yet.',
	skills: 'Skills',
	skill: 'Skill',
	answers: 'Answers',
	passRate: 'Answered well',
	noSkills: 'Once trainees finish runs, each skill’s pass rate shows up here.',
	exports: 'Export',
	exportCsv: 'Export table (CSV)',
	exportXapi: 'Export xAPI statements (JSON)',
	exportNote:
		'The table has one row per run. The xAPI statements go into a learning record store (LRS); exporting again gives the same statement ids, so nothing is recorded twice.',
	csvTrainee: 'Trainee'
};

export const teamMessages = { 'zh-CN': zhCN, en } satisfies Record<Locale, TeamMessages>;
