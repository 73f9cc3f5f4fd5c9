/**
 * The saved copy's controls: register the service worker when the carer chooses to save (never before),
 * show its progress, ask the browser to keep the storage, offer a newer edition, and remove the copy.
 * The service worker is src/serviceWorker/sw.ts.
 */
import { cachePrefix, progressChannel, serviceWorkerUrl, type SavedCopyMessage } from '../../lib/savedCopy.ts';
import { editionLabel, formatSize, savingProgress } from '../../lib/edition.ts';

type State = 'unsaved' | 'saving' | 'saved' | 'update';

interface Status {
  edition: { id: string; date: string };
  pages: number;
  bytes: number;
}

/** A screen reader hears progress at most this often while saving (the bar moves on every file). */
const announceEvery = 2000;

/** Asks a service worker which edition it holds and how big it is. */
function askStatus(worker: ServiceWorker): Promise<Status> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = (event) => resolve(event.data as Status);
    worker.postMessage({ type: 'STATUS' }, [port2]);
  });
}

function untilActive(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('The service worker could not save the handbook.'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

export function controlSavedCopy(section: HTMLElement): void {
  const button = (action: string) => section.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  const status = section.querySelector<HTMLElement>('[data-status]')!;
  const bar = section.querySelector<HTMLProgressElement>('progress')!;
  const heading = section.querySelector<HTMLElement>('h2')!;
  let lastAnnounced = 0;
  let busy = false;

  function setState(state: State, message?: string) {
    const hadFocus = section.contains(document.activeElement) && document.activeElement !== heading;
    section.dataset.state = state;
    if (message !== undefined) status.textContent = message;
    // A button that disappears must not drop keyboard focus to the top of the page.
    if (hadFocus && !(document.activeElement as HTMLElement | null)?.checkVisibility?.()) heading.focus();
  }

  async function showSaved(worker: ServiceWorker, prefix = 'Saved on this device') {
    const { edition, pages, bytes } = await askStatus(worker);
    const kept = (await navigator.storage?.persisted?.()) ?? false;
    setState(
      'saved',
      `${prefix}: the edition of ${editionLabel(edition)}, ${pages} pages, ${formatSize(bytes)}.` +
        (kept ? '' : ' Your browser may remove it if the device runs short of space.'),
    );
  }

  function offerUpdate() {
    setState('update', 'A newer edition of the handbook is online. Update the saved copy to keep it on this device.');
  }

  const channel = new BroadcastChannel(progressChannel);
  channel.addEventListener('message', ({ data }: MessageEvent<SavedCopyMessage>) => {
    if (data.type !== 'progress' || section.dataset.state !== 'saving') return;
    bar.max = data.totalBytes;
    bar.value = data.bytes;
    const now = Date.now();
    const text = `Saving: ${savingProgress(data.pagesSaved, data.pages, data.bytes)}`;
    // The last file can be reported twice (its own progress, then the end): the same words are said once.
    if ((now - lastAnnounced >= announceEvery || data.bytes === data.totalBytes) && text !== status.textContent) {
      lastAnnounced = now;
      status.textContent = text;
    }
  });

  function watch(registration: ServiceWorkerRegistration) {
    registration.addEventListener('updatefound', () => {
      const incoming = registration.installing;
      incoming?.addEventListener('statechange', () => {
        if (incoming.state === 'installed' && registration.active && !busy) offerUpdate();
      });
    });
  }

  // Someone who saved before: show what they have, and whether a newer edition is waiting.
  navigator.serviceWorker.getRegistration(serviceWorkerUrl).then(async (registration) => {
    if (!registration?.active || busy) return;
    watch(registration);
    if (registration.waiting) offerUpdate();
    else await showSaved(registration.active);
    registration.update().catch(() => {});
  });

  button('update').addEventListener('click', async () => {
    const registration = await navigator.serviceWorker.getRegistration(serviceWorkerUrl);
    const waiting = registration?.waiting;
    if (!waiting) return;
    busy = true;
    setState('saving', 'Updating the saved copy.');
    waiting.postMessage({ type: 'SKIP_WAITING' });
    await untilActive(waiting);
    busy = false;
    await showSaved(waiting, 'Updated');
  });

  button('remove').addEventListener('click', async () => {
    busy = true;
    const registration = await navigator.serviceWorker.getRegistration(serviceWorkerUrl);
    await registration?.unregister();
    for (const key of await caches.keys()) if (key.startsWith(cachePrefix)) await caches.delete(key);
    busy = false;
    setState('unsaved', 'The saved copy is removed from this device.');
  });

  button('save').addEventListener('click', async () => {
    if (busy || section.dataset.state !== 'unsaved') return;
    busy = true;
    lastAnnounced = Date.now();
    bar.value = 0;
    setState('saving', 'Saving the handbook on this device.');
    try {
      const registration = await navigator.serviceWorker.register(serviceWorkerUrl, { scope: '/', updateViaCache: 'none' });
      const worker = registration.installing ?? registration.waiting ?? registration.active!;
      await untilActive(worker);
      // Ask the browser to keep the copy when space runs low (it may decide without asking the carer).
      await navigator.storage?.persist?.();
      watch(registration);
      busy = false;
      await showSaved(worker);
    } catch {
      busy = false;
      const registration = await navigator.serviceWorker.getRegistration(serviceWorkerUrl);
      await registration?.unregister();
      setState('unsaved', 'The handbook could not be saved. Check your connection and try again.');
    }
  });
}
