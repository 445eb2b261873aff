// The import flow in the page: paste, review with low-confidence fields marked, fix, save.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { err } from '@career-copilot/shared/lib/result';
import { parseError } from '@career-copilot/shared/parse/errors';
import { parseResumeText } from '@career-copilot/shared/parse/parse-file';
import { uniqueDbName } from '../../../test/fixtures';
import { resetDbForTests } from '../../storage/db';
import { resumesRepo } from '../../storage/repositories';
import { Toaster } from '../../ui/Toaster';
import { ImportView } from './ImportView';
import { importStore, resetImport, saveImport, setImportParser } from './import-store';

const RESUME = `Ana Silva
ana.silva@example.com | +351 912 345 678 | Lisbon, Portugal

EXPERIENCE
Backend Engineer, Feedzai        Mar 2020 – Present
- Built the scoring API used by 40 banks
- Cut p99 latency by 35%

EDUCATION
University of Porto — M.Sc. in Informatics, 2019

SKILLS
Java, Kotlin, PostgreSQL, Kafka
`;

function renderImport() {
  const router = createMemoryRouter(
    [
      { path: '/resumes/import', element: <ImportView /> },
      { path: '/resumes', element: <p>Library</p> },
    ],
    { initialEntries: ['/resumes/import'] },
  );
  render(
    <>
      <RouterProvider router={router} />
      <Toaster />
    </>,
  );
  return router;
}

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  resetImport();
  // The worker needs a real browser (see the e2e spec); here the same parser runs in-process.
  setImportParser(async (source) =>
    'text' in source ? parseResumeText(source.text) : err(parseError('unsupported')),
  );
});

describe('import', () => {
  it('reviews pasted text beside its source, and saves the fixed resume with its origin', async () => {
    const router = renderImport();
    fireEvent.change(screen.getByLabelText('Resume text'), { target: { value: RESUME } });
    fireEvent.click(screen.getByRole('button', { name: 'Read pasted text' }));
    const about = await screen.findByRole('region', { name: 'About you' });
    expect((within(about).getByLabelText('Name') as HTMLInputElement).value).toBe('Ana Silva');
    const experience = screen.getByRole('region', { name: 'Experience' });
    expect(
      within(experience).getByRole('complementary', { name: 'From your file' }).textContent,
    ).toContain('Backend Engineer, Feedzai');
    expect((within(experience).getByLabelText('Employer') as HTMLInputElement).value).toBe(
      'Feedzai',
    );

    const start = within(experience).getByLabelText('Start') as HTMLInputElement;
    fireEvent.change(start, { target: { value: 'sometime' } });
    fireEvent.blur(start);
    expect(within(experience).getByRole('alert').textContent).toMatch(/Use a date/);
    fireEvent.change(start, { target: { value: 'Apr 2020' } });
    fireEvent.blur(start);
    const title = within(experience).getByLabelText('Title');
    fireEvent.change(title, { target: { value: 'Senior Backend Engineer' } });
    fireEvent.blur(title);

    fireEvent.click(screen.getByRole('button', { name: 'Save resume' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/resumes'));
    const { records } = await resumesRepo.list();
    expect(records).toHaveLength(1);
    const saved = records[0]!;
    expect(saved.resume.work?.[0]).toMatchObject({
      name: 'Feedzai',
      position: 'Senior Backend Engineer',
      startDate: '2020-04',
      highlights: ['Built the scoring API used by 40 banks', 'Cut p99 latency by 35%'],
    });
    expect(saved.resume.meta?.source?.kind).toBe('text');
    expect(saved.resume.meta?.source?.importedAt).toMatch(/^\d{4}-/);
    expect(saved.name).toBe('Ana Silva');
  });

  it('marks the fields the parser was least sure of until they are edited', async () => {
    const parsed = parseResumeText(RESUME);
    if (!parsed.ok) throw new Error('parse failed');
    importStore.setState({
      phase: 'review',
      label: 'Pasted text',
      result: {
        ...parsed.value,
        confidence: { '/basics/name': 0.95, '/basics/email': 0.3, '/work/0/highlights/1': 0.4 },
      },
      draft: parsed.value.resume,
    });
    renderImport();
    const about = await screen.findByRole('region', { name: 'About you' });
    const email = within(about).getByLabelText('Email');
    const check = 'Check this: the parser was not sure.';
    expect(email.getAttribute('aria-describedby')).toMatch(/check/);
    expect(within(about).getByLabelText('Name').getAttribute('aria-describedby')).toBeNull();
    const experience = screen.getByRole('region', { name: 'Experience' });
    expect(within(experience).getAllByText(check)).toHaveLength(1);
    expect(within(about).getAllByText(check)).toHaveLength(1);
    fireEvent.change(email, { target: { value: 'ana@example.com' } });
    fireEvent.blur(email);
    expect(within(about).queryAllByText(check)).toHaveLength(0);
  });

  it('asks for the password of a protected PDF and shows parse failures plainly', async () => {
    setImportParser(async (source) =>
      'file' in source && source.password === undefined
        ? err(parseError('encrypted'))
        : err(parseError('password_wrong')),
    );
    renderImport();
    const file = new File(['%PDF-1.7'], 'locked.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Resume file', { selector: 'input' }), {
      target: { files: [file] },
    });
    const password = await screen.findByLabelText('PDF password', { selector: 'input' });
    fireEvent.change(password, { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not open the PDF/);
  });

  it('refuses to save a draft the user made invalid, naming the field', async () => {
    const parsed = parseResumeText(RESUME);
    if (!parsed.ok) throw new Error('parse failed');
    importStore.setState({
      phase: 'review',
      result: parsed.value,
      draft: { ...parsed.value.resume, work: [{ name: 'X', startDate: 'soon' }] },
    });
    const saved = await saveImport();
    expect(saved.ok ? null : saved.error).toMatch(/work\[0\]\.startDate/);
    expect((await resumesRepo.list()).records).toHaveLength(0);
  });
});
