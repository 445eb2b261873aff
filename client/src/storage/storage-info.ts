// Persistent-storage request and usage readout (navigator.storage), with the platform passed in for tests.

export type StorageApi = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

export type StorageInfo =
  | { readonly supported: false }
  | {
      readonly supported: true;
      readonly persisted: boolean;
      readonly usageBytes: number;
      readonly quotaBytes: number;
    };

function platformStorage(): StorageApi | undefined {
  return typeof navigator !== 'undefined' && navigator.storage && 'estimate' in navigator.storage
    ? navigator.storage
    : undefined;
}

export async function readStorageInfo(storage = platformStorage()): Promise<StorageInfo> {
  if (!storage) return { supported: false };
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
  return {
    supported: true,
    persisted,
    usageBytes: estimate.usage ?? 0,
    quotaBytes: estimate.quota ?? 0,
  };
}

/** Asks the browser to keep our data under storage pressure; true when it agreed. */
export async function requestPersistentStorage(storage = platformStorage()): Promise<boolean> {
  if (!storage) return false;
  return storage.persist();
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
