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
	}
};

export const progressMessages: Record<Locale, typeof zhCN> = { 'zh-CN': zhCN, en };
