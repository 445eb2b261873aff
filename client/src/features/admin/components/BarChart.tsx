// A small accessible bar chart (SVG) for a value per day; the table beside it carries the numbers.
export type Bar = { readonly label: string; readonly value: number };

export function BarChart({
  title,
  bars,
  format = (v) => v.toLocaleString(),
  tickLabel = (label) => label.slice(5),
}: {
  readonly title: string;
  readonly bars: readonly Bar[];
  readonly format?: (value: number) => string;
  /** The text under a bar (default: a day's MM-DD). */
  readonly tickLabel?: (label: string) => string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 600;
  const height = 120;
  const gap = 2;
  // Capped, so a handful of bars stay bars rather than filling the width.
  const barWidth = bars.length > 0 ? Math.min(64, Math.max(1, width / bars.length - gap)) : 0;
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 16}`} role="img" aria-label={title}>
        {bars.map((bar, i) => {
          const h = (bar.value / max) * height;
          const x = i * (barWidth + gap);
          return (
            <g key={bar.label}>
              <rect x={x} y={height - h} width={barWidth} height={h} className="bar">
                <title>{`${bar.label}: ${format(bar.value)}`}</title>
              </rect>
              {bars.length <= 16 ? (
                <text
                  x={x + barWidth / 2}
                  y={height + 12}
                  textAnchor="middle"
                  className="bar-label"
                >
                  {tickLabel(bar.label)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
