/**
 * Saves text as a file on the user's device (the only DOM code of the exporters). Nothing is
 * uploaded: the file is built in the page and handed to the browser's download.
 */
export function downloadText(name: string, text: string, mime = 'text/csv;charset=utf-8'): void {
	// A byte-order mark so that Excel opens UTF-8 CSV (Hindi names) correctly.
	const body = mime.startsWith('text/csv') ? '\uFEFF' + text : text;
	downloadBlob(name, new Blob([body], { type: mime }));
}

export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
