/**
 * The Web Worker that reads and checks an imported file (file-import.ts) off the page's main
 * thread. The page starts it with the File, answers its questions about booth numbers (the
 * database lives on the page) and terminates it to cancel.
 *
 *   page → worker: { type: 'start', file, kind } | { type: 'answer', id, acs }
 *   worker → page: { type: 'progress', … } | { type: 'ask', id, acs } | { type: 'done', result }
 *                  | { type: 'error', message }
 */
import { importFile, type AcAnswer, type ImportKind } from './file-import.ts';

export type ToWorker =
	{ type: 'start'; file: File; kind: ImportKind } | { type: 'answer'; id: number; acs: AcAnswer[] };

const scope = self as unknown as {
	postMessage(message: unknown): void;
	// The handler is async: it catches every failure itself and posts it back as an 'error'.
	onmessage: ((e: MessageEvent<ToWorker>) => Promise<void>) | null;
};
const waiting = new Map<number, (acs: AcAnswer[]) => void>();
let asked = 0;

scope.onmessage = async ({ data }) => {
	if (data.type === 'answer') {
		waiting.get(data.id)?.(data.acs);
		waiting.delete(data.id);
		return;
	}
	try {
		const result = await importFile(
			data.file,
			data.kind,
			(acs) =>
				new Promise((resolve) => {
					const id = ++asked;
					waiting.set(id, resolve);
					scope.postMessage({ type: 'ask', id, acs });
				}),
			(p) => scope.postMessage({ type: 'progress', ...p })
		);
		scope.postMessage({ type: 'done', result });
	} catch (e) {
		scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
	}
};
