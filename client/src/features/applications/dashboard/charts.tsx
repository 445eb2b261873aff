// Small accessible SVG charts: each a figure with a caption, a text summary and its numbers as a table.
import { useId, type ReactNode } from 'react';

/** Drawing widths: chosen so the text reads at about its CSS size where each chart usually sits. */
const BAR_WIDTH = 440;
const COLUMN_WIDTH = 880;

/** A round axis maximum at or above the largest value: 1, 2, 5, 10, 20, 50… */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * magnitude) return step * magnitude;
  return 10 * magnitude;
}

function ChartFigure({
  title,
  summary,
  viewBox,
  legend,
  children,
  table,
}: {
  readonly title: string;
  readonly summary: string;
  readonly viewBox: string;
  readonly legend?: ReactNode;
  /** The drawing, hidden from assistive technology: the title says what it shows. */
  readonly children: ReactNode;
  readonly table: ReactNode;
}) {
  const titleId = useId();
  return (
    <figure className="chart">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      {legend}
      <svg className="chart-svg" viewBox={viewBox} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${title}. ${summary}`}</title>
        <g aria-hidden="true">{children}</g>
      </svg>
      <p className="visually-hidden">{summary}</p>
      <details className="chart-numbers">
        <summary>Show the numbers</summary>
        {table}
      </details>
    </figure>
  );
}

/** A chart's numbers as a table: one row per bar or category, a header cell naming each. */
function NumbersTable({
  headings,
  rows,
}: {
  readonly headings: readonly string[];
  readonly rows: ReadonlyArray<{ label: string; cells: ReadonlyArray<string | number> }>;
}) {
  return (
    <table className="table">
      <thead>
        <tr>
          {headings.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              <td key={headings[i + 1] ?? i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type Bar = {
  readonly label: string;
  readonly value: number | null;
  /** How the value reads ("3 days"); "—" for a missing value. */
  readonly display: string;
  readonly className?: string;
};

/** Horizontal bars, one per row: stage counts, days in stage. */
export function BarChart({
  title,
  summary,
  bars,
  valueHeading,
  scaleAtLeast = 1,
}: {
  readonly title: string;
  readonly summary: string;
  readonly bars: readonly Bar[];
  readonly valueHeading: string;
  /** The smallest full scale, so tiny values draw as tiny bars rather than full ones. */
  readonly scaleAtLeast?: number;
}) {
  const WIDTH = BAR_WIDTH;
  const rowHeight = 28;
  const labelWidth = 100;
  const valueWidth = 86;
  const height = bars.length * rowHeight + 8;
  const max = niceMax(Math.max(scaleAtLeast, ...bars.map((b) => b.value ?? 0)));
  const span = WIDTH - labelWidth - valueWidth;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      viewBox={`0 0 ${WIDTH} ${height}`}
      table={
        <NumbersTable
          headings={['Stage', valueHeading]}
          rows={bars.map((b) => ({ label: b.label, cells: [b.display] }))}
        />
      }
    >
      {bars.map((b, i) => {
        const y = i * rowHeight + 4;
        const width = b.value === null ? 0 : Math.max(b.value > 0 ? 2 : 0, (b.value / max) * span);
        return (
          <g key={b.label}>
            <text
              x={labelWidth - 10}
              y={y + rowHeight / 2}
              className="chart-label"
              textAnchor="end"
            >
              {b.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 5}
              width={span}
              height={rowHeight - 10}
              className="chart-track"
              rx={3}
            />
            <rect
              x={labelWidth}
              y={y + 5}
              width={width}
              height={rowHeight - 10}
              className={`chart-bar ${b.className ?? ''}`}
              rx={3}
            />
            <text x={labelWidth + span + 8} y={y + rowHeight / 2} className="chart-value">
              {b.display}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}

export type Series = {
  readonly name: string;
  readonly className: string;
  readonly values: readonly number[];
};

/** Grouped columns over time: one group per category (a week), one column per series. */
export function ColumnChart({
  title,
  summary,
  categories,
  categoryHeading,
  series,
}: {
  readonly title: string;
  readonly summary: string;
  readonly categories: readonly string[];
  readonly categoryHeading: string;
  readonly series: readonly Series[];
}) {
  const WIDTH = COLUMN_WIDTH;
  const height = 240;
  const top = 12;
  const bottom = 28;
  const left = 36;
  const plotHeight = height - top - bottom;
  const plotWidth = WIDTH - left - 8;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const ticks = max <= 5 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, max / 2, max];
  const group = plotWidth / Math.max(1, categories.length);
  const column = Math.min(14, (group - 6) / Math.max(1, series.length));
  const labelEvery = Math.ceil(categories.length / 8);
  return (
    <ChartFigure
      title={title}
      summary={summary}
      viewBox={`0 0 ${WIDTH} ${height}`}
      legend={
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.name}>
              <span className={`chart-swatch ${s.className}`} />
              {s.name}
            </li>
          ))}
        </ul>
      }
      table={
        <NumbersTable
          headings={[categoryHeading, ...series.map((s) => s.name)]}
          rows={categories.map((c, i) => ({
            label: c,
            cells: series.map((s) => s.values[i] ?? 0),
          }))}
        />
      }
    >
      <>
        {ticks.map((t) => {
          const y = top + plotHeight - (t / max) * plotHeight;
          return (
            <g key={t}>
              <line x1={left} x2={WIDTH - 8} y1={y} y2={y} className="chart-gridline" />
              <text x={left - 6} y={y + 4} textAnchor="end" className="chart-tick">
                {t}
              </text>
            </g>
          );
        })}
        {categories.map((c, i) => {
          const x0 = left + i * group + (group - column * series.length) / 2;
          return (
            <g key={c}>
              {series.map((s, j) => {
                const value = s.values[i] ?? 0;
                const h = (value / max) * plotHeight;
                return (
                  <rect
                    key={s.name}
                    x={x0 + j * column}
                    y={top + plotHeight - h}
                    width={Math.max(1, column - 1)}
                    height={h}
                    className={`chart-bar ${s.className}`}
                  />
                );
              })}
              {i % labelEvery === 0 ? (
                <text
                  x={left + i * group + group / 2}
                  y={height - 8}
                  textAnchor="middle"
                  className="chart-tick"
                >
                  {c}
                </text>
              ) : null}
            </g>
          );
        })}
      </>
    </ChartFigure>
  );
}
