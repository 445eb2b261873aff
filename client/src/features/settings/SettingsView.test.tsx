import { MemoryRouter } from 'react-router';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resumeRecord, uniqueDbName } from '../../../test/fixtures';
import { resetDbForTests } from '../../storage/db';
import { resumesRepo } from '../../storage/repositories';
import { Toaster } from '../../ui/Toaster';
import { SettingsView } from './SettingsView';
import { settingsStore } from './settings-store';

function stubStorage(state: { persisted: boolean; grant: boolean }) {
  const storage = {
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 })),
    persisted: vi.fn(async () => state.persisted),
    persist: vi.fn(async () => {
      state.persisted = state.grant;
      return state.grant;
    }),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  settingsStore.setState({ storage: null, persistRefused: false, backupBusy: false });
});

describe('Settings', () => {
  it('shows how much storage is used and asks the browser to keep the data', async () => {
    const storage = stubStorage({ persisted: false, grant: true });
    render(
      <MemoryRouter>
        <SettingsView />
        <Toaster />
      </MemoryRouter>,
    );
    expect(await screen.findByTestId('storage-usage')).toHaveProperty(
      'textContent',
      'Using 3.0 MB of the 2.0 GB this browser allows.',
    );
    expect(screen.getByText('May be cleared by the browser')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data on this device' }));
    await screen.findByText('Kept permanently');
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('says so plainly when the browser declines', async () => {
    stubStorage({ persisted: false, grant: false });
    render(
      <MemoryRouter>
        <SettingsView />
        <Toaster />
      </MemoryRouter>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Keep my data on this device' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/declined/);
  });

  it('exports a backup and imports it back into an empty database', async () => {
    stubStorage({ persisted: true, grant: true });
    await resumesRepo.put(resumeRecord({ name: 'Backed up' }));
    let saved: Blob | undefined;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:backup';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    render(
      <MemoryRouter>
        <SettingsView />
        <Toaster />
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const text = await saved!.text();
    expect(JSON.parse(text).stores.resumes[0].name).toBe('Backed up');

    await resetDbForTests(uniqueDbName());
    const file = new File([text], 'career-copilot-backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Backup file to import'), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import', hidden: true }));
    await screen.findByText('Imported 1 record.');
    expect((await resumesRepo.list()).records.map((r) => r.name)).toEqual(['Backed up']);
  });

  it('refuses a file that is not a backup without touching local data', async () => {
    stubStorage({ persisted: true, grant: true });
    await resumesRepo.put(resumeRecord({ name: 'Keep me' }));
    render(
      <MemoryRouter>
        <SettingsView />
        <Toaster />
      </MemoryRouter>,
    );
    const file = new File(['%PDF-1.7 not json'], 'resume.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Backup file to import'), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import', hidden: true }));
    await screen.findByText('This file is not a Career Copilot backup (it is not JSON).');
    expect((await resumesRepo.list()).records.map((r) => r.name)).toEqual(['Keep me']);
  });
});
