import type { Locale } from './locales';

/**
 * Strings of the progress pages and the storage banner, loaded only when those are shown. The
 * English table must match in shape.
 */
const zhCN = {
	storage: {
		memory:
			'这个浏览器现在不能保存数据（可能是无痕模式或被设置禁止），练习照常进行，但关闭页面后进度会丢失。需要保留时，可以在“我的进度”里导出文件。',
		quota: '设备存储空间已满，刚才的进度没能保存。请清理一些空间，或先在“我的进度”里导出文件。',
		other: (message: string) => `进度没能保存：${message}`,
		upgrade: '陪练已在另一个标签页中更新。请重新载入本页后继续，已保存的进度不会丢失。',
		blocked: '请关闭其他打开着陪练的标签页，以完成更新。',
		reload: '重新载入',
		dismiss: '知道了'
	},
	reading: {
		bookmark: '加书签',
		bookmarked: '已加书签'
	},
	dashboard: {
		title: '我的进度',
		intro: '你的阅读和练习记录只保存在这台设备上。',
		loading: '正在读取进度…',
		streak: (days: number) => `连续练习 ${days} 天`,
		longest: (days: number) => `最长 ${days} 天`,
		noStreak: '今天练一次，开始连续打卡',
		totals: (finished: number, passed: number, turns: number) =>
			`完成 ${finished} 次练习 · 通过 ${passed} 次 · 回答 ${turns} 轮`,
		next: '接下来练什么',
		totalsShort: (finished: number, passed: number) =>
			`完成 ${finished} 次练习 · 通过 ${passed} 次`,
		loadingSkills: '正在统计各项技能…',
		nothingNext: '都练过了，干得好！可以挑一个分数最低的场景再练一遍。',
		suggestion: {
			review: (n: number) => `复习 ${n} 个答得不好的回合`,
			resume: (title: string) => `继续未完成的练习：${title}`,
			weakSkill: (title: string, skill: string) => `练“${skill}”：${title}`,
			notPassed: (title: string) => `再练一次，争取通过：${title}`,
			new: (title: string) => `新场景：${title}`
		},
		topics: '各主题进度',
		read: '已读',
		practised: '练过',
		passed: '通过',
		of: (n: number, total: number) => `${n}/${total}`,
		scenarios: '各场景成绩',
		scenario: '场景',
		attempts: '次数',
		best: '最好',
		last: '最近',
		trend: '趋势',
		noAttempts: '还没有练过。',
		trendLabel: (values: number[]) => `历次得分：${values.map((v) => `${v}%`).join('、')}`,
		skills: '技能强弱',
		weakest: '最需要加强',
		strongest: '最拿手',
		skillDetail: (turns: number, failed: number) => `${turns} 轮，其中 ${failed} 轮没答好`,
		noSkills: '完成一次练习后，这里会显示你各项技能的得分情况。',
		history: '练习记录',
		noHistory: '还没有练习记录。去“对练”选一个场景开始吧。',
		when: '时间',
		result: '结果',
		status: {
			active: '未完成',
			abandoned: '中途放弃',
			changed: '因场景更新而结束',
			won: '成功',
			'follow-up': '待跟进',
			lost: '失败'
		},
		bookmarks: '书签',
		noBookmarks: '阅读手册时点“加书签”，会列在这里。',
		reading: '阅读',
		storageUse: (used: string, quota: string) => `本站已用 ${used}，浏览器允许最多 ${quota}。`,
		persisted: '浏览器已同意长期保留这些数据，不会在空间紧张时自动清除。',
		notPersisted: '浏览器在存储空间紧张时可能会清除这些数据。可以请求长期保留，或定期导出备份。',
		persist: '请求长期保留',
		persistDenied: '浏览器没有同意。请定期导出备份。',
		chooseFile: '选择一个进度文件（.json）',
		profileName: '你的名字',
		profileHint: '写在导出文件里，培训师汇总时用来区分学员。只保存在这台设备上。'
	}
};

const en: typeof zhCN = {
	storage: {
		memory:
			'This browser cannot keep data right now (private mode, or blocked by a setting). Practice works, but progress is lost when you close the page. To keep it, export a file from My progress.',
		quota:
			'Your device is out of storage space, so your latest progress was not saved. Free some space, or export a file from My progress first.',
		other: (message: string) => `Progress was not saved: ${message}`,
		upgrade:
			'Peilian was updated in another tab. Reload this page to go on; your saved progress is safe.',
		blocked: 'Close other tabs that have Peilian open to finish updating.',
		reload: 'Reload',
		dismiss: 'Dismiss'
	},
	reading: {
		bookmark: 'Bookmark this spot',
		bookmarked: 'Bookmarked'
	},
	dashboard: {
		title: 'My progress',
		intro: 'What you read and practise is kept on this device only.',
		loading: 'Reading your progress…',
		streak: (days: number) => `${days}-day practice streak`,
		longest: (days: number) => `longest ${days} days`,
		noStreak: 'Practise today to start a streak',
		totals: (finished: number, passed: number, turns: number) =>
			`${finished} runs finished · ${passed} passed · ${turns} answers`,
		next: 'Practise next',
		totalsShort: (finished: number, passed: number) =>
			`${finished} runs finished · ${passed} passed`,
		loadingSkills: 'Adding up your skills…',
		nothingNext: 'You have tried everything. Pick your lowest score and go again.',
		suggestion: {
			review: (n: number) => `Review ${n} turn${n === 1 ? '' : 's'} you missed`,
			resume: (title: string) => `Finish your unfinished run: ${title}`,
			weakSkill: (title: string, skill: string) => `Work on “${skill}”: ${title}`,
			notPassed: (title: string) => `Try again to pass: ${title}`,
			new: (title: string) => `New: ${title}`
		},
		topics: 'By topic',
		read: 'Read',
		practised: 'Practised',
		passed: 'Passed',
		of: (n: number, total: number) => `${n}/${total}`,
		scenarios: 'By scenario',
		scenario: 'Scenario',
		attempts: 'Runs',
		best: 'Best',
		last: 'Last',
		trend: 'Trend',
		noAttempts: 'Not practised yet.',
		trendLabel: (values: number[]) => `Scores so far: ${values.map((v) => `${v}%`).join(', ')}`,
		skills: 'Skills',
		weakest: 'Needs work',
		strongest: 'Strongest',
		skillDetail: (turns: number, failed: number) =>
			`${turns} turn${turns === 1 ? '' : 's'}, ${failed} missed`,
		noSkills: 'Finish a run and your skills show up here.',
		history: 'History',
		noHistory: 'No runs yet. Pick a scenario under Practice to start.',
		when: 'When',
		result: 'Result',
		status: {
			active: 'Unfinished',
			abandoned: 'Abandoned',
			changed: 'Ended: scenario changed',
			won: 'Won',
			'follow-up': 'Follow-up',
			lost: 'Lost'
		},
		bookmarks: 'Bookmarks',
		noBookmarks: 'Bookmark a spot while reading a playbook and it shows up here.',
		reading: 'Reading',
		storageUse: (used: string, quota: string) =>
			`This site uses ${used} of the ${quota} the browser allows.`,
		persisted:
			'The browser has agreed to keep this data; it will not clear it when space runs low.',
		notPersisted:
			'The browser may clear this data when space runs low. Ask it to keep the data, or export a backup now and then.',
		persist: 'Ask to keep my data',
		persistDenied: 'The browser said no. Export a backup now and then.',
		chooseFile: 'Choose a progress file (.json)',
		profileName: 'Your name',
		profileHint:
			'Written into exported files so your trainer can tell trainees apart. Kept on this device only.'
	}
};

export const progressMessages: Record<Locale, typeof zhCN> = { 'zh-CN': zhCN, en };
