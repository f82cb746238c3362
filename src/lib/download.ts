/** Hands text to the browser as a file download (exports, drafts). */
export function downloadText(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	link.click();
	// Revoked a moment later: some browsers start reading the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
