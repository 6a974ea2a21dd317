import { useId, type ReactNode } from 'react';
import './charts.css';

/** One group of a chart: this period's value and the comparison's; null is hidden (small cells). */
export interface ChartGroup {
  readonly key: string;
  readonly label: string;
  /** A shorter label under a column (a month's "jan"); the label when left out. */
  readonly shortLabel?: string;
  readonly value: number | null;
  readonly comparison: number | null;
}

/** The words a chart needs: the series' names and how a hidden value reads. */
export interface ChartTexts {
  readonly current: string;
  readonly comparison: string;
  /** Read for a hidden value ("färre än 5"). */
  readonly hidden: string;
  /** The disclosure's summary ("Visa som tabell"). */
  readonly showTable: string;
  /** The table's first column heading. */
  readonly groupHeading: string;
  /** The name of the highlighted groups in the legend (the election period), if any. */
  readonly highlighted?: string;
}

const width = 640;

/**
 * A chart of two series side by side, as accessible SVG (WCAG 1.1.1, 1.4.1): the picture is one
 * image with a title and a written summary (`summary`), the legend says which bar is which in
 * words and by pattern, not colour alone, and the same figures are in a table in a disclosure
 * below. `columns` draws months side by side; `bars` draws one row per group, its label above
 * the bars so that it fits a phone. Hidden values (n < 5) are drawn as a dash and read as hidden.
 */
export function ComparisonChart({
  title,
  summary,
  groups,
  texts,
  layout,
  highlight = [],
  caption,
}: {
  readonly title: string;
  /** What the chart shows, in a sentence: the image's description. */
  readonly summary: string;
  readonly groups: readonly ChartGroup[];
  readonly texts: ChartTexts;
  readonly layout: 'columns' | 'bars';
  /** Keys of groups to mark (the election period's months). */
  readonly highlight?: readonly string[];
  /** The table's caption (the title when left out). */
  readonly caption?: string;
}) {
  const id = useId();
  const max = Math.max(1, ...groups.flatMap((group) => [group.value ?? 0, group.comparison ?? 0]));
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      <Legend texts={texts} highlight={highlight.length > 0} />
      {layout === 'columns' ? (
        <Columns id={id} title={title} summary={summary} groups={groups} max={max} highlight={highlight} />
      ) : (
        <Bars id={id} title={title} summary={summary} groups={groups} max={max} />
      )}
      <details className="chart__table">
        <summary>{texts.showTable}</summary>
        <ChartTable caption={caption ?? title} groups={groups} texts={texts} highlight={highlight} />
      </details>
    </figure>
  );
}

function Legend({ texts, highlight }: { readonly texts: ChartTexts; readonly highlight: boolean }) {
  return (
    <ul className="chart__legend" aria-hidden="true">
      <li>
        <span className="chart__swatch chart__swatch--current" />
        {texts.current}
      </li>
      <li>
        <span className="chart__swatch chart__swatch--comparison" />
        {texts.comparison}
      </li>
      {highlight && texts.highlighted && (
        <li>
          <span className="chart__swatch chart__swatch--highlight" />
          {texts.highlighted}
        </li>
      )}
    </ul>
  );
}

function Image({
  id,
  title,
  summary,
  height,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly height: number;
  readonly children: ReactNode;
}) {
  return (
    <svg
      className="chart__image"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-svg-title ${id}-svg-desc`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-svg-title`}>{title}</title>
      <desc id={`${id}-svg-desc`}>{summary}</desc>
      <defs>
        <pattern
          id={`${id}-hatch`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="chart__comparison-fill" />
          <line x1="0" y1="0" x2="0" y2="6" className="chart__hatch" />
        </pattern>
      </defs>
      {children}
    </svg>
  );
}

function Columns({
  id,
  title,
  summary,
  groups,
  max,
  highlight,
}: {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly groups: readonly ChartGroup[];
  readonly max: number;
  readonly highlight: readonly string[];
}) {
  const height = 240;
  const top = 18;
  const bottom = 28;
  const plot = height - top - bottom;
  const step = width / Math.max(1, groups.length);
  const bar = Math.min(22, (step - 8) / 2);
  const y = (value: number) => top + plot - (value / max) * plot;
  return (
    <Image id={id} title={title} summary={summary} height={height}>
      {groups.map((group, index) => {
        const x = index * step;
        const centre = x + step / 2;
        return (
          <g key={group.key}>
            {highlight.includes(group.key) && (
              <rect x={x + 1} y={top - 14} width={step - 2} height={plot + 14} className="chart__highlight" />
            )}
            <Value
              x={centre - bar - 1}
              width={bar}
              value={group.comparison}
              y={y}
              base={top + plot}
              fill={`url(#${id}-hatch)`}
            />
            <Value
              x={centre + 1}
              width={bar}
              value={group.value}
              y={y}
              base={top + plot}
              className="chart__current"
            />
            <text x={centre} y={height - 8} className="chart__axis" textAnchor="middle">
              {group.shortLabel ?? group.label}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={width} y1={top + plot} y2={top + plot} className="chart__baseline" />
    </Image>
  );
}

function Value({
  x,
  width: barWidth,
  value,
  y,
  base,
  className,
  fill,
}: {
  readonly x: number;
  readonly width: number;
  readonly value: number | null;
  readonly y: (value: number) => number;
  readonly base: number;
  readonly className?: string;
  readonly fill?: string;
}) {
  if (value === null)
    return (
      <text x={x + barWidth / 2} y={base - 4} className="chart__hidden" textAnchor="middle">
        –
      </text>
    );
  const top = y(value);
  return (
    <g>
      <rect
        x={x}
        y={top}
        width={barWidth}
        height={Math.max(0, base - top)}
        className={className}
        fill={fill}
      />
      {value > 0 && (
        <text x={x + barWidth / 2} y={top - 3} className="chart__value" textAnchor="middle">
          {value}
        </text>
      )}
    </g>
  );
}

function Bars({
  id,
  title,
  summary,
  groups,
  max,
}: {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly groups: readonly ChartGroup[];
  readonly max: number;
}) {
  // Room for the larger text of a phone (charts.css): the label, then two bars with their values.
  const row = 62;
  const height = Math.max(row, groups.length * row);
  const room = width - 48;
  const length = (value: number) => (value / max) * room;
  return (
    <Image id={id} title={title} summary={summary} height={height}>
      {groups.map((group, index) => {
        const top = index * row;
        return (
          <g key={group.key}>
            <text x={0} y={top + 18} className="chart__label">
              {group.label}
            </text>
            {[
              { value: group.value, y: top + 25, className: 'chart__current', fill: undefined },
              { value: group.comparison, y: top + 42, className: undefined, fill: `url(#${id}-hatch)` },
            ].map((bar) =>
              bar.value === null ? (
                <text key={bar.y} x={4} y={bar.y + 12} className="chart__hidden">
                  –
                </text>
              ) : (
                <g key={bar.y}>
                  <rect
                    x={0}
                    y={bar.y}
                    width={length(bar.value)}
                    height={14}
                    className={bar.className}
                    fill={bar.fill}
                  />
                  <text x={length(bar.value) + 4} y={bar.y + 12} className="chart__value">
                    {bar.value}
                  </text>
                </g>
              ),
            )}
          </g>
        );
      })}
    </Image>
  );
}

function ChartTable({
  caption,
  groups,
  texts,
  highlight,
}: {
  readonly caption: string;
  readonly groups: readonly ChartGroup[];
  readonly texts: ChartTexts;
  readonly highlight: readonly string[];
}) {
  const cell = (value: number | null) =>
    value === null ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="ds-sr-only">{texts.hidden}</span>
      </>
    ) : (
      value
    );
  return (
    <div className="chart__table-scroll">
      <table className="chart__data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.groupHeading}</th>
            <th scope="col">{texts.current}</th>
            <th scope="col">{texts.comparison}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">
                {group.label}
                {highlight.includes(group.key) && texts.highlighted ? ` (${texts.highlighted})` : ''}
              </th>
              <td>{cell(group.value)}</td>
              <td>{cell(group.comparison)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
