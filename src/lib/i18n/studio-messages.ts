import type { Locale } from './locales';

/**
 * Strings of the trainer studio, loaded only on that page. The English table must match in shape.
 */
const zhCN = {
	title: '场景工作室',
	intro:
		'在这里编写、检查并试玩练习场景。草稿只保存在这台设备上；写好后下载 .md 文件交给内容维护者。',
	loading: '正在打开工作室…',
	drafts: {
		label: '草稿',
		none: '还没有草稿。可以从模板开始、从已有场景复制，或上传一个 .md 文件。',
		option: (name: string, when: string) => `${name} · ${when}`,
		newFromTemplate: '用模板新建',
		newFromScenario: '从已有场景新建 ▾',
		fetching: '正在载入场景…',
		fetchFailed: '没能载入这个场景。请稍后重试。',
		rename: '重命名',
		renameLabel: '草稿名称',
		save: '保存',
		cancel: '取消',
		delete: '删除',
		confirmDelete: (name: string) => `删除草稿“${name}”？删除后不能恢复。`,
		confirm: '确认删除',
		upload: '上传 .md',
		download: '下载 .md',
		tooBig: '文件超过 1 MB，不能作为草稿打开。',
		notText: '这不是文本文件，不能作为草稿打开。请选择 .md 文件。',
		uploaded: (name: string) => `已把“${name}”打开为新草稿。`,
		status: { idle: '', saving: '正在保存…', saved: '已保存', failed: '没能保存' }
	},
	editor: {
		label: '场景 Markdown 源文件',
		loading: '正在载入编辑器…'
	},
	tabs: {
		label: '工作室视图',
		edit: '编辑',
		problems: '问题',
		map: '对话图',
		play: '试玩'
	},
	check: {
		checking: '正在检查…',
		tooLong: '检查用时太久，已经停止。草稿可能过大或结构异常；继续编辑后会重新检查。',
		failed: (message: string) => `检查出错：${message}`,
		none: '没有发现问题。',
		count: (errors: number, warnings: number) => `${errors} 个错误，${warnings} 个警告`,
		more: (n: number) => `另有 ${n} 个问题未列出。`,
		error: '错误',
		warning: '警告',
		at: (line: number, column: number) => `${line}:${column}`,
		goTo: (line: number, column: number) => `跳到第 ${line} 行第 ${column} 列`
	},
	summary: {
		title: '概要',
		score: '分数范围',
		range: (min: number, max: number) => `${min} – ${max}`,
		noScore: '—',
		endings: '结局',
		reachable: '可以到达',
		unreachable: '无法到达',
		turns: '回合',
		outcome: { won: '成功', 'follow-up': '待跟进', lost: '失败' } as Record<string, string>
	},
	play: {
		start: '试玩',
		again: '重新试玩',
		hint: '试玩时的回答不会记入进度。',
		fixFirst: '先修正所有错误才能试玩。',
		waiting: '等检查完成后就能试玩。',
		back: '返回编辑',
		title: (title: string) => `试玩：${title}`
	},
	map: {
		title: '对话图',
		empty: '草稿能解析后，这里会画出对话图。',
		drawing: '正在画对话图…',
		tooLong: '对话图太大，没能在规定时间内画完。'
	}
};

const en: typeof zhCN = {
	title: 'Scenario studio',
	intro:
		'Write, check and play-test practice scenarios. Drafts are kept on this device only; when one is ready, download the .md file for whoever maintains the content.',
	loading: 'Opening the studio…',
	drafts: {
		label: 'Draft',
		none: 'No drafts yet. Start from the template, copy a shipped scenario, or upload a .md file.',
		option: (name: string, when: string) => `${name} · ${when}`,
		newFromTemplate: 'New from template',
		newFromScenario: 'New from scenario ▾',
		fetching: 'Loading the scenario…',
		fetchFailed: 'Could not load that scenario. Please try again later.',
		rename: 'Rename',
		renameLabel: 'Draft name',
		save: 'Save',
		cancel: 'Cancel',
		delete: 'Delete',
		confirmDelete: (name: string) => `Delete the draft “${name}”? This cannot be undone.`,
		confirm: 'Delete it',
		upload: 'Upload .md',
		download: 'Download .md',
		tooBig: 'That file is over 1 MB, too large to open as a draft.',
		notText: 'That is not a text file, so it cannot be opened as a draft. Choose a .md file.',
		uploaded: (name: string) => `Opened “${name}” as a new draft.`,
		status: { idle: '', saving: 'Saving…', saved: 'Saved', failed: 'Not saved' }
	},
	editor: {
		label: 'Scenario Markdown source',
		loading: 'Loading the editor…'
	},
	tabs: {
		label: 'Studio views',
		edit: 'Edit',
		problems: 'Problems',
		map: 'Map',
		play: 'Play'
	},
	check: {
		checking: 'Checking…',
		tooLong:
			'The check took too long and was stopped. The draft may be very large or oddly built; it is checked again when you edit it.',
		failed: (message: string) => `The check failed: ${message}`,
		none: 'No problems found.',
		count: (errors: number, warnings: number) =>
			`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
		more: (n: number) => `${n} more not listed.`,
		error: 'error',
		warning: 'warning',
		at: (line: number, column: number) => `${line}:${column}`,
		goTo: (line: number, column: number) => `Go to line ${line}, column ${column}`
	},
	summary: {
		title: 'Summary',
		score: 'Score range',
		range: (min: number, max: number) => `${min} – ${max}`,
		noScore: '—',
		endings: 'Endings',
		reachable: 'reachable',
		unreachable: 'unreachable',
		turns: 'Turns',
		outcome: { won: 'won', 'follow-up': 'follow-up', lost: 'lost' }
	},
	play: {
		start: 'Play',
		again: 'Play again',
		hint: 'Answers in a play-test are not added to your progress.',
		fixFirst: 'Fix every error to play-test the draft.',
		waiting: 'You can play once the check has finished.',
		back: 'Back to editing',
		title: (title: string) => `Play-test: ${title}`
	},
	map: {
		title: 'Conversation map',
		empty: 'The map is drawn once the draft can be read.',
		drawing: 'Drawing the map…',
		tooLong: 'The map is too large to draw in time.'
	}
};

export const studioMessages = { 'zh-CN': zhCN, en } satisfies Record<Locale, typeof zhCN>;
