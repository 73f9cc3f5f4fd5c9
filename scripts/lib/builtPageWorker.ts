/** A worker thread of builtPageScan.ts: scans its share of the built pages and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { scanPages } from './builtPageScan.ts';

const { dist, files } = workerData as { dist: string; files: string[] };
parentPort!.postMessage(scanPages(dist, files));
