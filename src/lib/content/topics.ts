import type { Locale } from '../i18n/locales.ts';

/** The ten playbook topics, in reading order. Ids appear in frontmatter (`topic:`) and URLs. */
export const topics = [
	{ id: 'phone-prospecting', 'zh-CN': '电话约访', en: 'Phone prospecting' },
	{ id: 'customer-visits', 'zh-CN': '客户拜访', en: 'Customer visits' },
	{ id: 'presenting', 'zh-CN': '介绍与需求', en: 'Presenting' },
	{ id: 'objection-handling', 'zh-CN': '异议处理', en: 'Objection handling' },
	{ id: 'closing', 'zh-CN': '促成交易', en: 'Closing' },
	{ id: 'collections', 'zh-CN': '回款', en: 'Collections' },
	{ id: 'after-sales', 'zh-CN': '售后与投诉', en: 'After-sales & complaints' },
	{ id: 'customer-management', 'zh-CN': '客户管理', en: 'Customer management' },
	{ id: 'self-management', 'zh-CN': '自我管理', en: 'Self-management' },
	{ id: 'sales-management', 'zh-CN': '销售管理', en: 'Sales management' }
] as const;

export type TopicId = (typeof topics)[number]['id'];
export const topicIds = topics.map((topic) => topic.id) as TopicId[];

export function topicName(id: TopicId, locale: Locale): string {
	return topics.find((topic) => topic.id === id)?.[locale] ?? id;
}

export function topicRank(id: TopicId): number {
	return topicIds.indexOf(id);
}
