import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { resumeRecord, uniqueDbName } from '../../../test/fixtures';
import { resetDbForTests } from '../../storage/db';
import { jobsRepo, resumesRepo } from '../../storage/repositories';
import { Toaster } from '../../ui/Toaster';
import { JobsView } from './JobsView';
import { JobView } from './JobView';
import { matchStore } from './match-store';
import { jobsStore } from './jobs-store';

const POSTING = `Job Description: Front End Engineer (2 Years of Experience)

Tech Solutions, San Francisco, CA, USA

Responsibilities
• Develop new user-facing features using React.js, Vue.js, or Angular.js.
• Collaborate with designers and stakeholders.

Requirements
• 2 years of experience as a Front End Developer.
• Proficiency in HTML5, CSS3 and JavaScript.
• Experience with libraries like jQuery.
• Familiarity with code versioning tools such as Git.
• Degree in Computer Science or a related field.

Benefits
• Health, dental, and vision insurance.`;

const frontEnd = resumeRecord({
  id: 'r-fe',
  name: 'Front-end resume',
  updatedAt: '2026-01-01T00:00:00.000Z',
  resume: {
    basics: { name: 'Barry Allen', label: 'Front-End Developer', email: 'barry@example.com' },
    work: [
      {
        name: 'Google',
        position: 'Software Engineer (Front-End)',
        startDate: '2022-06',
        highlights: [
          'Built React interfaces used by 2M people',
          'Set up Git workflows for 8 engineers',
        ],
      },
    ],
    education: [{ institution: 'IIT Delhi', studyType: 'B.Tech', area: 'Computer Science' }],
    skills: [{ keywords: ['JavaScript', 'HTML5', 'CSS3', 'React', 'Git'] }],
  },
});
const accountant = resumeRecord({
  id: 'r-acc',
  name: 'Accounting resume',
  updatedAt: '2026-02-01T00:00:00.000Z',
  resume: {
    basics: { name: 'Ebony Moore', email: 'emoore@example.com' },
    work: [
      {
        name: 'Gilmore Financial',
        position: 'Accountant',
        startDate: '2019-05',
        highlights: ['Prepared tax returns'],
      },
    ],
    skills: [{ keywords: ['QuickBooks'] }],
  },
});

function renderJobs(path = '/jobs') {
  const router = createMemoryRouter(
    [
      { path: '/jobs', element: <JobsView /> },
      { path: '/jobs/:jobId', element: <JobView /> },
    ],
    { initialEntries: [path] },
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
  jobsStore.setState({ status: 'idle', items: [], problems: [] });
  matchStore.setState({ status: 'idle', resumes: [], selectedId: undefined });
});

describe('Jobs', () => {
  it('turns a pasted posting into structured fields and a match against the chosen resume', async () => {
    await resumesRepo.put(frontEnd);
    await resumesRepo.put(accountant);
    const router = renderJobs();

    fireEvent.click(await screen.findByRole('button', { name: 'Add a job' }));
    fireEvent.change(screen.getByLabelText('Job posting'), { target: { value: POSTING } });
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Front End Engineer' }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toMatch(/^\/jobs\/j_/);
    const structured = screen.getByRole('region', { name: 'The job, as read from the posting' });
    expect(within(structured).getByText('Tech Solutions')).toBeTruthy();
    expect(within(structured).getByText('2+')).toBeTruthy();
    expect(within(structured).getByText('Bachelor’s degree in Computer Science')).toBeTruthy();
    for (const skill of ['jQuery', 'React or Vue or Angular', 'Git']) {
      expect(within(structured).getByText(skill)).toBeTruthy();
    }

    // The most recently edited resume (the accountant's) is compared first: a poor match.
    const score = () => Number(screen.getByTestId('match-score').textContent);
    await waitFor(() => expect(screen.getByTestId('match-score')).toBeTruthy());
    const accountantScore = score();
    fireEvent.change(screen.getByLabelText('Compare with resume'), { target: { value: 'r-fe' } });
    await waitFor(() => expect(score()).toBeGreaterThan(accountantScore + 30));

    const missing = screen.getByRole('region', { name: 'Missing terms' });
    expect(within(missing).getByText('jQuery')).toBeTruthy();
    const matched = screen.getByRole('region', { name: 'Matched terms' });
    expect(within(matched).getByText('React or Vue or Angular')).toBeTruthy();
    expect(
      within(matched).getByText(/Software Engineer \(Front-End\), Google · bullet 1: “React”/),
    ).toBeTruthy();
    expect(screen.getByTestId('score-explanation').textContent).toContain(
      `the score is ${score()}`,
    );
    expect(screen.getByRole('list', { name: 'Resume checks' })).toBeTruthy();
  });

  it('keeps the user’s corrections, marks them, and the match follows them', async () => {
    await resumesRepo.put(frontEnd);
    renderJobs();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a job' }));
    fireEvent.change(screen.getByLabelText('Job posting'), { target: { value: POSTING } });
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));
    await screen.findByRole('heading', { level: 1, name: 'Front End Engineer' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Missing terms' })).queryByText('jQuery'),
      ).toBeTruthy(),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Correct these details' }));
    const required = screen.getByLabelText('Required skills') as HTMLTextAreaElement;
    fireEvent.change(required, { target: { value: required.value.replace('jQuery\n', '') } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Frontend Engineer II' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save corrections' }));

    expect(await screen.findByText('Corrected by you')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Frontend Engineer II' })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Missing terms' })).queryByText('jQuery'),
    ).toBeNull();
    const [stored] = (await jobsRepo.list()).records;
    expect(stored?.details.structuredBy).toBe('user');
    expect(stored?.sourceText).toBe(POSTING);
  });

  it('refuses junk with a clear message and saves nothing', async () => {
    renderJobs();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a job' }));
    fireEvent.change(screen.getByLabelText('Job posting'), {
      target: { value: '%PDF-1.7\n\u0000\u0001\u0002' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /inside of a file \(a PDF or a Word document\)/,
    );
    expect((await jobsRepo.list()).records).toEqual([]);
  });

  it('imports a JSON Resume job file, and names the field when one is wrong', async () => {
    renderJobs();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a job' }));
    const input = screen.getByLabelText('Job file to import');
    const bad = new File(
      [JSON.stringify({ title: 'Web Developer', qualifications: 'HTML' })],
      'job.json',
      {
        type: 'application/json',
      },
    );
    fireEvent.change(input, { target: { files: [bad] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This is not a valid JSON Resume job: qualifications: Invalid input: expected array, received string.',
    );

    const good = new File(
      [
        JSON.stringify({
          title: 'Web Developer',
          company: 'Globex',
          qualifications: ['3+ years of JavaScript'],
        }),
      ],
      'job.json',
      { type: 'application/json' },
    );
    fireEvent.change(input, { target: { files: [good] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Web Developer' })).toBeTruthy();
    expect(
      await screen.findByText('There is no resume to compare with yet.', { exact: false }),
    ).toBeTruthy();
  });
});
