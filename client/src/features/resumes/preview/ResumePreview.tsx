// The live preview: the laid-out pages drawn as SVG text with the bundled fonts, exactly as the PDF prints.
import { memo } from 'react';
import type { LaidOutResume } from '@career-copilot/shared/render/layout-resume';
import type { LaidOutPage, PageItem } from '@career-copilot/shared/render/layout/types';
import { previewFontFamily } from '../../../export/fonts/browser-fonts';
import type { PreviewLayout } from './use-resume-layout';

function Item({ item }: { readonly item: PageItem }) {
  switch (item.kind) {
    case 'rect':
      return (
        <rect x={item.x} y={item.y} width={item.width} height={item.height} fill={item.color} />
      );
    case 'line':
      return (
        <line
          x1={item.x1}
          y1={item.y1}
          x2={item.x2}
          y2={item.y2}
          stroke={item.color}
          strokeWidth={item.thickness}
        />
      );
    case 'link':
      // Links are shown, not followed: the preview is for editing. The title names the target.
      return (
        <rect
          className="preview-link"
          x={item.x}
          y={item.y}
          width={item.width}
          height={item.height}
          fill="transparent"
        >
          <title>{item.url}</title>
        </rect>
      );
    case 'text':
      return (
        <text
          x={item.x}
          y={item.y}
          fontFamily={previewFontFamily(item.font.family)}
          fontSize={item.size}
          fontWeight={item.font.style === 'bold' ? 700 : 400}
          fontStyle={item.font.style === 'italic' ? 'italic' : 'normal'}
          fill={item.color}
        >
          {item.text}
        </text>
      );
  }
}

const Page = memo(function Page({
  page,
  index,
  count,
  width,
  height,
}: {
  readonly page: LaidOutPage;
  readonly index: number;
  readonly count: number;
  readonly width: number;
  readonly height: number;
}) {
  return (
    <svg
      className="preview-page"
      viewBox={`0 0 ${width} ${height}`}
      aria-label={`Page ${index + 1} of ${count}`}
      role="group"
    >
      <rect width={width} height={height} fill="#ffffff" />
      {page.items.map((item, i) => (
        <Item key={i} item={item} />
      ))}
    </svg>
  );
});

export function ResumePreview({ preview }: { readonly preview: PreviewLayout }) {
  if (preview.status === 'loading') {
    return (
      <div className="preview-status" role="status">
        Loading fonts for the preview…
      </div>
    );
  }
  if (preview.status === 'error') {
    return (
      <div className="notice notice-danger" role="alert">
        The preview could not load its fonts: {preview.message}
      </div>
    );
  }
  const layout: LaidOutResume = preview.layout;
  return (
    <div className="preview" data-testid="resume-preview" data-template={layout.settings.id}>
      <p className="muted" aria-live="polite">
        {layout.pages.length} {layout.pages.length === 1 ? 'page' : 'pages'} ·{' '}
        {layout.settings.paper === 'letter' ? 'US Letter' : 'A4'}
      </p>
      {preview.missing.length ? (
        <div className="notice notice-warning" role="status">
          These characters are not in the resume fonts and will print as empty boxes:{' '}
          {preview.missing.join(' ')}
        </div>
      ) : null}
      <div className="preview-pages">
        {layout.pages.map((page, i) => (
          <Page
            key={i}
            page={page}
            index={i}
            count={layout.pages.length}
            width={layout.width}
            height={layout.height}
          />
        ))}
      </div>
    </div>
  );
}
