import type { Locale } from './locales';

/** Every UI string, zh-CN first. The English table must have exactly the same shape (checked by tsc). */
const zhCN = {
	app: {
		name: '陪练',
		tagline: '销售新人的话术手册与对练场',
		description: '离线可用的销售手册：电话约访、拜访、异议处理、回款、售后投诉……先读懂，再开口。'
	},
	nav: {
		skip: '跳到正文',
		home: '首页',
		playbooks: '手册',
		scenarios: '对练',
		menu: '目录',
		closeMenu: '关闭目录',
		topics: '主题',
		main: '主导航',
		breadcrumb: '位置'
	},
	home: {
		heading: '按主题浏览手册',
		intro: '每一篇都给出步骤、可以照着说的话术和检查清单。先读手册，再去对练。',
		pages: (n: number) => `${n} 篇`,
		empty: '这个主题的手册还在编写中。',
		offlineReady: '整套手册已存到本机，断网也能看。'
	},
	page: {
		onThisPage: '本页内容',
		readingTime: (minutes: number) => `约 ${minutes} 分钟读完`,
		previous: '上一篇',
		next: '下一篇',
		relatedScenarios: '相关对练',
		topic: '主题',
		print: '打印',
		tags: '标签'
	},
	search: {
		open: '搜索',
		label: '搜索手册',
		placeholder: '搜索，例如：没时间、回款、投诉',
		shortcutHint: '按 / 或 Ctrl+K 搜索',
		loading: '正在载入索引…',
		failed: '搜索索引载入失败，请联网后重试。',
		noResults: (q: string) => `没有找到“${q}”相关内容。试试更短的词。`,
		results: (n: number) => `${n} 条结果`,
		close: '关闭搜索',
		instructions: '↑↓ 选择，Enter 打开，Esc 关闭'
	},
	locale: {
		switchTo: '切换到 English',
		label: '语言'
	},
	theme: {
		toggle: '切换深色/浅色',
		light: '浅色',
		dark: '深色',
		system: '跟随系统'
	},
	shortcuts: {
		title: '键盘快捷键',
		search: '搜索',
		previous: '上一篇',
		next: '下一篇',
		theme: '切换深浅色',
		help: '显示本帮助',
		close: '关闭'
	},
	update: {
		ready: '新版本已就绪。',
		reload: '刷新',
		dismiss: '稍后'
	},
	callout: {
		tip: '提示',
		warning: '注意',
		caveat: '来源说明'
	},
	dialogue: {
		script: '话术示例'
	},
	checklist: {
		progress: (done: number, total: number) => `已完成 ${done}/${total}`,
		reset: '清除勾选',
		notSaved: '本设备无法保存勾选，刷新后会丢失。'
	},
	calculator: {
		title: {
			'call-list': '电话量计算器',
			funnel: '销售漏斗计算器',
			revenue: '营收杠杆计算器',
			csi: '顾客满意指数（CSI）',
			receivables: '应收账款天数（DSO）'
		},
		input: {
			meetings: '想约到的见面数',
			hitRate: '每通电话约成的比例',
			days: '天数',
			leads: '线索数',
			contactRate: '接通并能交谈的比例',
			meetingRate: '交谈后约到见面的比例',
			proposalRate: '见面后出方案的比例',
			closeRate: '方案成交的比例',
			customers: '客户数',
			spend: '平均每次购买金额',
			frequency: '每年购买次数',
			lift: '每个杠杆提升',
			perceived: '客户实际感受（1–10）',
			expected: '客户事先期望（1–10）',
			receivables: '期末应收账款',
			creditSales: '期内赊销额',
			terms: '约定账期（天）'
		},
		unit: { percent: '%', days: '天', score: '分', money: '元', count: '' },
		callsNeeded: (calls: string) => `需要拨打约 ${calls} 通电话`,
		callsPerDay: (calls: string) => `平均每天 ${calls} 通`,
		stage: {
			leads: '线索',
			contacts: '有效交谈',
			meetings: '见面',
			proposals: '方案',
			deals: '成交'
		},
		overall: (rate: string) => `从线索到成交的总转化率：${rate}`,
		revenueBase: (amount: string) => `当前年营收：${amount}`,
		revenueOne: (amount: string) => `只提升一个杠杆：${amount}`,
		revenueAll: (amount: string, gain: string) => `三个杠杆同时提升：${amount}（增长 ${gain}）`,
		csiIndex: (index: string) => `CSI = ${index}`,
		csiVerdict: {
			exceeds: '达到或超过期望：客户满意。',
			close: '略低于期望：找出差距最大的一环。',
			below: '明显低于期望：客户有流失风险。'
		},
		dso: (days: string) => `应收账款周转天数约 ${days} 天`,
		beyondTerms: (days: string) => `比约定账期平均多出 ${days} 天`,
		withinTerms: '在约定账期之内。',
		invalid: '请输入有效数字'
	},
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
		changed: '这个场景已更新，上次的练习无法继续，已重新开始。',
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
	},
	language: {
		choose: '选择语言 / Choose a language'
	},
	notFound: {
		title: '找不到这个页面',
		body: '链接可能已经失效。回到首页或用搜索找找看。'
	},
	footer: {
		offline: '本站可离线使用',
		source: '内容根据公开的销售培训资料重新编写，并修正了其中的错误。'
	}
};

export type Messages = typeof zhCN;

const en: Messages = {
	app: {
		name: 'Peilian',
		tagline: 'The playbook and sparring partner for new salespeople',
		description:
			'An offline sales playbook: phone prospecting, visits, objections, collections, complaints. Learn it, then say it.'
	},
	nav: {
		skip: 'Skip to content',
		home: 'Home',
		playbooks: 'Playbooks',
		scenarios: 'Practice',
		menu: 'Contents',
		closeMenu: 'Close contents',
		topics: 'Topics',
		main: 'Main navigation',
		breadcrumb: 'Breadcrumb'
	},
	home: {
		heading: 'Browse the playbook by topic',
		intro:
			'Every page gives you the steps, lines you can actually say, and a checklist. Read first, then practise.',
		pages: (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`,
		empty: 'This topic is still being written.',
		offlineReady: 'The whole playbook is saved on this device and works offline.'
	},
	page: {
		onThisPage: 'On this page',
		readingTime: (minutes: number) => `${minutes} min read`,
		previous: 'Previous',
		next: 'Next',
		relatedScenarios: 'Practise this',
		topic: 'Topic',
		print: 'Print',
		tags: 'Tags'
	},
	search: {
		open: 'Search',
		label: 'Search the playbook',
		placeholder: 'Search, e.g. no time, collections, complaint',
		shortcutHint: 'Press / or Ctrl+K to search',
		loading: 'Loading the index…',
		failed: 'The search index could not be loaded. Go online and try again.',
		noResults: (q: string) => `Nothing found for “${q}”. Try a shorter word.`,
		results: (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`,
		close: 'Close search',
		instructions: '↑↓ to choose, Enter to open, Esc to close'
	},
	locale: {
		switchTo: '切换到中文',
		label: 'Language'
	},
	theme: {
		toggle: 'Toggle dark/light',
		light: 'Light',
		dark: 'Dark',
		system: 'System'
	},
	shortcuts: {
		title: 'Keyboard shortcuts',
		search: 'Search',
		previous: 'Previous page',
		next: 'Next page',
		theme: 'Toggle dark/light',
		help: 'Show this help',
		close: 'Close'
	},
	update: {
		ready: 'A new version is ready.',
		reload: 'Reload',
		dismiss: 'Later'
	},
	callout: {
		tip: 'Tip',
		warning: 'Watch out',
		caveat: 'Source caveat'
	},
	dialogue: {
		script: 'Sample script'
	},
	checklist: {
		progress: (done: number, total: number) => `${done} of ${total} done`,
		reset: 'Clear ticks',
		notSaved: 'Ticks cannot be saved on this device and will be lost on reload.'
	},
	calculator: {
		title: {
			'call-list': 'Call-list planner',
			funnel: 'Sales funnel',
			revenue: 'Revenue levers',
			csi: 'Customer satisfaction index (CSI)',
			receivables: 'Days sales outstanding (DSO)'
		},
		input: {
			meetings: 'Meetings you want',
			hitRate: 'Calls that book a meeting',
			days: 'Days',
			leads: 'Leads',
			contactRate: 'Leads you reach and talk to',
			meetingRate: 'Conversations that become meetings',
			proposalRate: 'Meetings that lead to a proposal',
			closeRate: 'Proposals that close',
			customers: 'Customers',
			spend: 'Average spend per purchase',
			frequency: 'Purchases per year',
			lift: 'Lift on each lever',
			perceived: 'What the customer got (1–10)',
			expected: 'What the customer expected (1–10)',
			receivables: 'Receivables at period end',
			creditSales: 'Credit sales in the period',
			terms: 'Agreed payment terms (days)'
		},
		unit: { percent: '%', days: 'days', score: 'pts', money: '¥', count: '' },
		callsNeeded: (calls: string) => `About ${calls} calls needed`,
		callsPerDay: (calls: string) => `${calls} calls a day`,
		stage: {
			leads: 'Leads',
			contacts: 'Conversations',
			meetings: 'Meetings',
			proposals: 'Proposals',
			deals: 'Deals'
		},
		overall: (rate: string) => `Lead-to-deal conversion: ${rate}`,
		revenueBase: (amount: string) => `Revenue today: ${amount} a year`,
		revenueOne: (amount: string) => `Raise one lever: ${amount}`,
		revenueAll: (amount: string, gain: string) => `Raise all three: ${amount} (up ${gain})`,
		csiIndex: (index: string) => `CSI = ${index}`,
		csiVerdict: {
			exceeds: 'Meets or beats expectations: a satisfied customer.',
			close: 'Just below expectations: find the biggest gap.',
			below: 'Well below expectations: this customer may leave.'
		},
		dso: (days: string) => `Days sales outstanding: about ${days}`,
		beyondTerms: (days: string) => `${days} days beyond the agreed terms on average`,
		withinTerms: 'Within the agreed terms.',
		invalid: 'Enter a valid number'
	},
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
			'This scenario has changed since you started; your last run could not continue, so it starts again.',
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
	},
	language: {
		choose: '选择语言 / Choose a language'
	},
	notFound: {
		title: 'Page not found',
		body: 'The link may be out of date. Go back home or try the search.'
	},
	footer: {
		offline: 'Works offline',
		source: 'Written afresh from public sales-training material, with its errors corrected.'
	}
};

export const messages: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
