/**
 * Saves text as a file on the user's device (the only DOM code of the exporters). Nothing is
 * uploaded: the file is built in the page and handed to the browser's download.
 */

/**
 * The bytes of a text file. A CSV gets the byte-order mark Excel needs to open UTF-8 (Hindi names)
 * correctly, here and only here: the one CSV writer (csv.ts) writes none, and a mark the
 * text already starts with is not doubled.
 */
export function textBlob(text: string, mime = 'text/csv;charset=utf-8'): Blob {
	const body = mime.startsWith('text/csv') ? '\uFEFF' + text.replace(/^\uFEFF+/, '') : text;
	return new Blob([body], { type: mime });
}

export function downloadText(name: string, text: string, mime = 'text/csv;charset=utf-8'): void {
	downloadBlob(name, textBlob(text, mime));
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
