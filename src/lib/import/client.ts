/**
 * Starts an import in a Web Worker (import.worker.ts) and talks to it: passes on its progress,
 * answers its questions about booths with `ask` (which reads the page's database), and gives back
 * its result. cancel() terminates the worker at once; the result then rejects with
 * ImportCancelled. Nothing is stored here: only the caller saves, after the user confirms.
 *
 *   const job = startImport(file, 'org', ask, (p) => (progress = p));
 *   cancelButton.onclick = job.cancel;
 *   const parse = await job.result;
 */
import type {
	AcAnswer,
	AskBooths,
	ImportKind,
	ImportProgress,
	ImportResult
} from './file-import.ts';

export class ImportCancelled extends Error {
	constructor() {
		super('cancelled');
		this.name = 'ImportCancelled';
	}
}

export interface ImportJob<K extends ImportKind> {
	result: Promise<ImportResult<K>>;
	cancel(): void;
}

type FromWorker =
	| ({ type: 'progress' } & ImportProgress)
	| { type: 'ask'; id: number; acs: number[] }
	| { type: 'done'; result: unknown }
	| { type: 'error'; message: string };

export function startImport<K extends ImportKind>(
	file: File,
	kind: K,
	ask: AskBooths,
	onProgress: (p: ImportProgress) => void
): ImportJob<K> {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	let finish: (error: Error | null, result?: ImportResult<K>) => void = () => {};
	const result = new Promise<ImportResult<K>>((resolve, reject) => {
		finish = (error, value) => {
			finish = () => {};
			worker.terminate();
			if (error) reject(error);
			else resolve(value!);
		};
	});
	worker.onmessage = async ({ data }: MessageEvent<FromWorker>) => {
		if (data.type === 'progress') onProgress(data);
		else if (data.type === 'done') finish(null, data.result as ImportResult<K>);
		else if (data.type === 'error') finish(new Error(data.message));
		else if (data.type === 'ask') {
			let acs: AcAnswer[];
			try {
				acs = await ask(data.acs);
			} catch (e) {
				return finish(e instanceof Error ? e : new Error(String(e)));
			}
			worker.postMessage({ type: 'answer', id: data.id, acs });
		}
	};
	worker.onerror = (e) => {
		e.preventDefault();
		finish(new Error(e.message || 'the import worker stopped'));
	};
	worker.postMessage({ type: 'start', file, kind });
	return { result, cancel: () => finish(new ImportCancelled()) };
}
