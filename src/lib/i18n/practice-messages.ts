import type { Locale } from './locales';

/**
 * Strings of the practice pages (scenario list, player, debrief), kept apart from the main
 * table so reading a playbook does not download them. The English table must match in shape.
 */
const zhCN = {
	scenarios: {
		title: '对练',
		intro: '选一个场景，跟“客户”练一通电话。每个回答都会打分，并告诉你为什么。',
		filterTopic: '主题',
		filterDifficulty: '难度',
		filterSkill: '技能',
		all: '全部',
		difficulty: ['', '入门', '进阶', '挑战'] as readonly string[],
		minutes: (n: number) => `约 ${n} 分钟`,
		none: '没有符合条件的场景。',
		practise: '开始对练'
	},
	player: {
		calling: '通话中',
		patience: '耐心',
		score: '得分',
		turn: (n: number, total: number) => `第 ${n} 轮 / 约 ${total} 轮`,
		chooseHint: '按数字键 1–9 选择',
		yourReply: '你的回答',
		send: '发送',
		sending: '评分中…',
		timeLeft: (s: number) => `剩余 ${s} 秒`,
		timedOut: '（没有在时限内回答）',
		you: '你',
		feedback: '点评',
		resumed: '已从上次中断的地方继续。',
		changed:
			'这个场景在你上次练习之后改过，你停下的那一轮已经不存在，所以无法接着练。上次的记录已保存并标记为“因场景更新而结束”，现在重新开始。',
		loading: '正在载入…',
		save: { idle: '', saving: '正在保存…', saved: '进度已保存', failed: '这一步没能保存' },
		restart: '重新开始',
		mode: { coach: '教练模式：每答一句就有点评', exam: '考试模式：结束后统一点评' },
		outcome: { won: '成功', 'follow-up': '待跟进', lost: '失败' },
		blocked: '这个回答触碰了底线，练习直接判定失败。',
		debrief: '复盘',
		total: (score: number, max: number) => `总分 ${score} / ${max}`,
		passed: '通过',
		failed: '未通过',
		passMark: (pct: number) => `及格线 ${pct}%`,
		skills: '各项技能',
		path: '你的通话过程',
		modelAnswer: '参考回答',
		matched: '答到了',
		missed: '没答到',
		bySound: '（按读音匹配）',
		penalty: '扣分',
		orderWrong: (before: string, after: string) => `顺序不对：应先“${before}”，再“${after}”。`,
		tooShort: '回答太短，没有计分。',
		tooLong: '回答太长，客户没耐心听完。',
		readMore: '复习手册',
		retry: '再练一次',
		back: '返回场景列表',
		points: (n: number) => `${n > 0 ? '+' : ''}${n} 分`
	}
};

export type PracticeMessages = typeof zhCN;

const en: PracticeMessages = {
	scenarios: {
		title: 'Practice',
		intro: 'Pick a situation and take the call. Every answer is scored, and you are told why.',
		filterTopic: 'Topic',
		filterDifficulty: 'Difficulty',
		filterSkill: 'Skill',
		all: 'All',
		difficulty: ['', 'Starter', 'Intermediate', 'Hard'] as readonly string[],
		minutes: (n: number) => `${n} min`,
		none: 'No scenario matches these filters.',
		practise: 'Start'
	},
	player: {
		calling: 'On the call',
		patience: 'Patience',
		score: 'Score',
		turn: (n: number, total: number) => `Turn ${n} of about ${total}`,
		chooseHint: 'Press 1–9 to choose',
		yourReply: 'Your reply',
		send: 'Send',
		sending: 'Scoring…',
		timeLeft: (s: number) => `${s} s left`,
		timedOut: '(no answer in time)',
		you: 'You',
		feedback: 'Feedback',
		resumed: 'Picked up where you left off.',
		changed:
			'This scenario was edited after your last run, and the turn you stopped at no longer exists, so that run cannot continue. It is kept in your history, marked "ended: scenario changed", and a new run starts.',
		loading: 'Loading…',
		save: {
			idle: '',
			saving: 'Saving…',
			saved: 'Progress saved',
			failed: 'This step was not saved'
		},
		restart: 'Start again',
		mode: {
			coach: 'Coach mode: feedback after every answer',
			exam: 'Exam mode: feedback at the end'
		},
		outcome: { won: 'Won', 'follow-up': 'Follow-up', lost: 'Lost' },
		blocked: 'That answer crossed a line: the run ends here as failed.',
		debrief: 'Debrief',
		total: (score: number, max: number) => `Score ${score} of ${max}`,
		passed: 'Passed',
		failed: 'Not passed',
		passMark: (pct: number) => `Pass mark ${pct}%`,
		skills: 'Skills',
		path: 'How the call went',
		modelAnswer: 'Model answer',
		matched: 'Covered',
		missed: 'Missed',
		bySound: '(matched by sound)',
		penalty: 'Penalty',
		orderWrong: (before: string, after: string) =>
			`Wrong order: “${before}” should come before “${after}”.`,
		tooShort: 'Too short to score.',
		tooLong: 'Too long: the customer stopped listening.',
		readMore: 'Review the playbook',
		retry: 'Try again',
		back: 'All scenarios',
		points: (n: number) => `${n > 0 ? '+' : ''}${n} pts`
	}
};

export const practiceMessages: Record<Locale, PracticeMessages> = { 'zh-CN': zhCN, en };
