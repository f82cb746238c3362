import type { Locale } from './locales';

/**
 * Strings of the conversation map in the trainer studio, kept apart from the main table so other
 * pages do not download them. The English table must match in shape.
 */
const zhCN = {
	title: '对话地图',
	kind: {
		choice: '选择',
		reply: '回复',
		ending: '结局',
		broken: '有错误',
		blocked: '触碰底线'
	},
	outcome: { won: '成功', 'follow-up': '待跟进', lost: '失败' },
	start: '开始',
	unreachable: '到达不了',
	missing: '不存在的节点',
	otherwise: '其余',
	blockerEdge: '底线',
	current: '当前',
	/** What a box is, as its accessible name starts ("reply node purpose, line 42"). */
	kindNode: {
		choice: '选择节点',
		reply: '回复节点',
		ending: '结局',
		broken: '有错误的节点',
		blocked: '触碰底线的结局'
	},
	/** Accessible name of a node box: what it is, its id, the line it starts on, its flags. */
	nodeLabel: (what: string, id: string, line: number, flags: string[]) =>
		`${what} ${id}，第 ${line} 行${flags.map((flag) => `，${flag}`).join('')}`,
	legend: '图例',
	legendItems: {
		choice: '选择：按选项编号分支',
		reply: '回复：按得分分支（≥ 分数）',
		won: '结局：成功',
		followUp: '结局：待跟进',
		lost: '结局：失败',
		blocked: '触碰底线：直接失败',
		unreachable: '虚线：从开始到达不了',
		missing: '红色虚线：写错的节点名',
		rule: '点线：规则，任何一轮都可能跳转',
		current: '粗框：当前节点'
	},
	summary: (nodes: number, unreachable: number) =>
		unreachable > 0 ? `${nodes} 个节点，${unreachable} 个到达不了` : `${nodes} 个节点，全部可到达`
};

export type StudioMapMessages = typeof zhCN;

const en: StudioMapMessages = {
	title: 'Conversation map',
	kind: {
		choice: 'Choice',
		reply: 'Reply',
		ending: 'Ending',
		broken: 'Has errors',
		blocked: 'Crossed a line'
	},
	outcome: { won: 'Won', 'follow-up': 'Follow-up', lost: 'Lost' },
	start: 'start',
	unreachable: 'unreachable',
	missing: 'missing node',
	otherwise: 'else',
	blockerEdge: 'blocker',
	current: 'current',
	kindNode: {
		choice: 'choice node',
		reply: 'reply node',
		ending: 'ending',
		broken: 'node with errors',
		blocked: 'blocked ending'
	},
	nodeLabel: (what: string, id: string, line: number, flags: string[]) =>
		`${what} ${id}, line ${line}${flags.map((flag) => `, ${flag}`).join('')}`,
	legend: 'Legend',
	legendItems: {
		choice: 'Choice: branches by option number',
		reply: 'Reply: branches by score (≥ points)',
		won: 'Ending: won',
		followUp: 'Ending: follow-up',
		lost: 'Ending: lost',
		blocked: 'Crossed a line: fails at once',
		unreachable: 'Dashed: unreachable from the start',
		missing: 'Red dashed: a node name with a typo',
		rule: 'Dotted: a rule, can jump from any turn',
		current: 'Thick border: current node'
	},
	summary: (nodes: number, unreachable: number) =>
		unreachable > 0 ? `${nodes} nodes, ${unreachable} unreachable` : `${nodes} nodes, all reachable`
};

export const studioMapMessages = { 'zh-CN': zhCN, en } satisfies Record<Locale, StudioMapMessages>;
