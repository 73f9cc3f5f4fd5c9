/**
 * A worker thread of the content pipeline (readContentInParallel): checks its share of the pages, each
 * alone (checkPage), and sends the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPage, type PageContext } from './pageChecks.ts';
import type { ContentType } from '../routes.ts';

const { context, files } = workerData as { context: PageContext; files: { collection: ContentType; file: string; id: string }[] };
parentPort!.postMessage(files.map(({ collection, file, id }) => checkPage(context, collection, file, id)));
