import { useSyncExternalStore } from 'react';
import type { Evidence } from '@varn/contracts';
import { uploadEvidence } from './api/incidents';

/**
 * Evidence files on their way to a case, one at a time. A queue lives outside React, per case,
 * for as long as the page is open: the report form starts the uploads and the confirmation page
 * and the case page show them, so that leaving a page does not stop a file half-way.
 */

/** One file and how its upload went. */
export type UploadItem =
  | { readonly id: string; readonly file: File; readonly state: 'waiting' | 'uploading' }
  | { readonly id: string; readonly file: File; readonly state: 'done'; readonly evidence: Evidence }
  | { readonly id: string; readonly file: File; readonly state: 'failed'; readonly error: unknown };

/** The uploads of one case. */
export interface UploadQueue {
  readonly incidentId: string;
  /** The files in the order they were added (a new array after every change). */
  readonly items: () => readonly UploadItem[];
  readonly subscribe: (listener: () => void) => () => void;
  /** Adds files; they are uploaded after those already waiting. */
  readonly add: (files: readonly File[]) => void;
  /** Uploads a failed file again. */
  readonly retry: (itemId: string) => void;
}

let nextItem = 0;

function createUploadQueue(incidentId: string): UploadQueue {
  let items: readonly UploadItem[] = [];
  let running = false;
  const listeners = new Set<() => void>();

  const replace = (item: UploadItem) => {
    items = items.map((existing) => (existing.id === item.id ? item : existing));
    for (const listener of listeners) listener();
  };

  async function run() {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const next = items.find((item) => item.state === 'waiting');
        if (!next) return;
        replace({ id: next.id, file: next.file, state: 'uploading' });
        try {
          const evidence = await uploadEvidence(incidentId, next.file);
          replace({ id: next.id, file: next.file, state: 'done', evidence });
        } catch (error) {
          replace({ id: next.id, file: next.file, state: 'failed', error });
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    incidentId,
    items: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    add(files) {
      if (files.length === 0) return;
      items = [
        ...items,
        ...files.map((file): UploadItem => ({ id: `upload-${(nextItem += 1)}`, file, state: 'waiting' })),
      ];
      for (const listener of listeners) listener();
      void run();
    },
    retry(itemId) {
      const item = items.find((candidate) => candidate.id === itemId);
      if (item?.state !== 'failed') return;
      replace({ id: item.id, file: item.file, state: 'waiting' });
      void run();
    },
  };
}

const queues = new Map<string, UploadQueue>();

/** The upload queue of a case (made on first use). */
export function uploadQueueFor(incidentId: string): UploadQueue {
  let queue = queues.get(incidentId);
  if (!queue) {
    queue = createUploadQueue(incidentId);
    queues.set(incidentId, queue);
  }
  return queue;
}

/** The files of a queue, kept up to date. */
export function useUploads(queue: UploadQueue): readonly UploadItem[] {
  return useSyncExternalStore(queue.subscribe, queue.items);
}
