// Hostile resume text (markup, script URLs) shows as inert text in the library, the editor and the preview.
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Resume } from '@career-copilot/shared/resume/model';
import { resumeRecord, uniqueDbName } from '../../../test/fixtures';
import { layoutResumeInNode } from '../../../test/render-pdf-node';
import { resetDbForTests } from '../../storage/db';
import { resumesRepo } from '../../storage/repositories';
import { BasicsEditor } from './editor/BasicsEditor';
import { closeResume, openResume } from './editor/editor-store';
import { ResumePreview } from './preview/ResumePreview';
import { ResumesView } from './ResumesView';
import { resumesStore } from './resumes-store';

const hostile: Resume = {
  basics: {
    name: '<img src=x onerror="window.__pwned=1">',
    label: '<script>window.__pwned=1</script>',
    url: 'javascript:window.__pwned=1',
    summary: '<iframe src="javascript:alert(1)"></iframe>',
    profiles: [{ network: 'X', url: 'javascript:alert(1)' }],
  },
};

function expectNothingActive(container: HTMLElement) {
  expect(container.querySelector('img, script, iframe, object, embed')).toBeNull();
  for (const a of container.querySelectorAll('a'))
    expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
}

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  resumesStore.setState({ status: 'idle', items: [], problems: [] });
  await resumesRepo.put(resumeRecord({ name: '<b>bold</b> resume', resume: hostile }));
});

describe('hostile resume text', () => {
  it('is plain text in the library', async () => {
    const router = createMemoryRouter([{ path: '/resumes', element: <ResumesView /> }], {
      initialEntries: ['/resumes'],
    });
    const { container } = render(<RouterProvider router={router} />);
    expect(await screen.findByText('<b>bold</b> resume')).toBeTruthy();
    expect(screen.getByText(/<img src=x onerror=/)).toBeTruthy();
    expectNothingActive(container);
  });

  it('is plain text in the editor fields', async () => {
    await openResume('r1');
    const { container } = render(<BasicsEditor />);
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe(
      hostile.basics?.name,
    );
    expect((screen.getByLabelText('Website') as HTMLInputElement).value).toBe(
      'javascript:window.__pwned=1',
    );
    expectNothingActive(container);
    await closeResume();
  });

  it('is plain text in the preview, with no link to the script URLs', async () => {
    const layout = await layoutResumeInNode(hostile);
    const { container } = render(
      <ResumePreview preview={{ status: 'ready', layout, missing: [] }} />,
    );
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('<img src=x onerror="window.__pwned=1">');
    expect(texts.join(' ')).toContain('javascript:window.__pwned=1');
    expect(container.querySelectorAll('.preview-link')).toHaveLength(0);
    expectNothingActive(container);
  });
});
