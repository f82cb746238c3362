import type { Locale } from './locales';

/**
 * Strings of the review page (spaced review of failed turns), kept apart from the main table so
 * other pages do not download them. The English table must match in shape.
 */
const zhCN = {
	title: '复习',
	intro: '练习中没答好的那一轮，会按遗忘规律安排回来再练一次。每次只练一轮。',
	loading: '正在读取复习卡…',
	dueToday: (n: number) => (n > 0 ? `今天还有 ${n} 轮要复习` : '今天没有要复习的了'),
	reviewedNow: (n: number) => `本次已复习 ${n} 轮`,
	context: '前情',
	customer: '客户',
	you: '你',
	chooseHint: '按数字键选择',
	yourReply: '你的回答',
	replyHint: '按 Enter 提交，Shift+Enter 换行',
	send: '提交',
	sending: '评分中…',
	result: '结果',
	colon: '：',
	points: (n: number, max: number) => `${n} / ${max} 分`,
	feedback: '点评',
	bestAnswer: '最佳回答',
	matched: '答到了',
	missed: '没答到',
	bySound: '（按读音匹配）',
	penalty: '扣分',
	blocked: '触碰底线',
	orderWrong: (before: string, after: string) => `顺序不对：应先“${before}”，再“${after}”。`,
	tooShort: '回答太短，没有计分。',
	tooLong: '回答太长，客户没耐心听完。',
	modelAnswer: '参考回答',
	rating: { 1: '没过关', 2: '勉强', 3: '不错', 4: '满分' } as Record<number, string>,
	comesBack: (when: string) => `${when}再复习这一轮`,
	mastered: '这一轮已经掌握，不再出现在每日复习里。',
	next: '下一轮',
	finish: '完成',
	saveFailed: '这次复习没能保存。',
	loadFailed: '无法读取复习卡。',
	waiting: (when: string) => `下一轮${when}到期。`,
	reviewEarly: '现在就复习',
	emptyTitle: '今天的复习都做完了',
	nextReview: (when: string) => `下一次复习：${when}。`,
	allMastered: '你所有的复习卡都已掌握。',
	noCardsTitle: '还没有复习卡',
	noCards: '对练时没答好的那一轮会自动放到这里。',
	practise: '去对练',
	skippedMissing: (id: string) => `已跳过一张卡：场景“${id}”已不存在。`,
	skippedNode: (title: string, node: string) => `已跳过一张卡：“${title}”里已没有“${node}”这一轮。`,
	skippedOffline: (id: string) => `已跳过一张卡：场景“${id}”暂时无法加载（可能处于离线状态）。`
};

export type ReviewMessages = typeof zhCN;

const en: ReviewMessages = {
	title: 'Review',
	intro:
		'Turns you got wrong in practice come back for another go, spaced out so they stick. One turn at a time.',
	loading: 'Loading your review cards…',
	dueToday: (n: number) =>
		n === 0 ? 'Nothing left to review today' : `${n} ${n === 1 ? 'turn' : 'turns'} due today`,
	reviewedNow: (n: number) => `${n} reviewed this session`,
	context: 'Earlier in the call',
	customer: 'Customer',
	you: 'You',
	chooseHint: 'Press a number key to choose',
	yourReply: 'Your reply',
	replyHint: 'Enter to submit, Shift+Enter for a new line',
	send: 'Submit',
	sending: 'Scoring…',
	result: 'Result',
	colon: ': ',
	points: (n: number, max: number) => `${n} of ${max} pts`,
	feedback: 'Feedback',
	bestAnswer: 'Best answer',
	matched: 'Covered',
	missed: 'Missed',
	bySound: '(matched by sound)',
	penalty: 'Penalty',
	blocked: 'Crossed a line',
	orderWrong: (before: string, after: string) =>
		`Wrong order: “${before}” should come before “${after}”.`,
	tooShort: 'Too short to score.',
	tooLong: 'Too long: the customer stopped listening.',
	modelAnswer: 'Model answer',
	rating: { 1: 'Not yet', 2: 'Hard', 3: 'Good', 4: 'Perfect' },
	comesBack: (when: string) => `This turn comes back ${when}.`,
	mastered: 'Mastered: this turn leaves your daily review.',
	next: 'Next turn',
	finish: 'Done',
	saveFailed: 'This review could not be saved.',
	loadFailed: 'Your review cards could not be read.',
	waiting: (when: string) => `The next turn is due ${when}.`,
	reviewEarly: 'Review it now',
	emptyTitle: 'All done for today',
	nextReview: (when: string) => `Next review ${when}.`,
	allMastered: 'Every one of your review cards is mastered.',
	noCardsTitle: 'No review cards yet',
	noCards: 'Failed turns from your practice runs land here.',
	practise: 'Go and practise',
	skippedMissing: (id: string) => `Skipped a card: the scenario “${id}” no longer exists.`,
	skippedNode: (title: string, node: string) =>
		`Skipped a card: “${title}” no longer has the turn “${node}”.`,
	skippedOffline: (id: string) =>
		`Skipped a card: the scenario “${id}” could not be loaded (you may be offline).`
};

export const reviewMessages = { 'zh-CN': zhCN, en } satisfies Record<Locale, ReviewMessages>;
