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
		review: '复习',
		progress: '我的进度',
		trainers: '培训师',
		studio: '场景工作室',
		team: '团队成绩',
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
		review: 'Review',
		progress: 'My progress',
		trainers: 'For trainers',
		studio: 'Scenario studio',
		team: 'Team results',
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
