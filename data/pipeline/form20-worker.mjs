// Worker thread for readAe2017Tables (form20-ae2017.ts): loads the TypeScript reader through tsx
// and reads one Form 20 file per message.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { parseForWorker } = await import(workerData.module);
parentPort.on('message', ({ ac_no, bytes }) =>
	parentPort.postMessage(parseForWorker(ac_no, bytes))
);
