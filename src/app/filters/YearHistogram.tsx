import type { YearRange } from '../../model/filters';

const WIDTH = 260;
const HEIGHT = 48;

/** Edges per year as small bars; the years inside the range are dark. Described in text for screen readers. */
export function YearHistogram({ bins, range }: { bins: ReadonlyArray<{ year: number; count: number }>; range: YearRange | null }) {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = WIDTH / Math.max(1, bins.length);
  const description = bins.map((b) => `${b.year}: ${b.count}`).join(', ');
  return (
    <svg className="histogram" role="img" aria-label="Relationships per year" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none">
      <title>Relationships per year</title>
      <desc>{description}</desc>
      {bins.map((b, i) => {
        const h = (b.count / max) * (HEIGHT - 2);
        const inside = !range || (b.year >= range.from && b.year <= range.to);
        return <rect key={b.year} x={i * barWidth + 1} y={HEIGHT - h} width={Math.max(1, barWidth - 2)} height={h} fill={inside ? '#0b5cad' : '#b8c4d0'} />;
      })}
    </svg>
  );
}
