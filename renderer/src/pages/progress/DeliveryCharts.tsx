import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ProgressOverview } from '@contract/progress';
import { ChartPanel } from './ChartPanel';
import { formatDay, formatNumber, periodLabel, type Granularity } from './chart-data';
import { useChartColors } from './chart-colors';

type Delivery = ProgressOverview['delivery'];

export function DeliveryCharts(props: { delivery: Delivery; granularity: Granularity }) {
  const { granularity } = props;
  const colors = useChartColors();
  const { points, norms } = props.delivery;
  const pace = points.filter((p) => p.wpm !== null);
  const fillers = points.filter((p) => p.fillersPerMinute !== null);
  const pitch = points.filter((p) => p.pitchSpread != null);
  const tooltip = {
    labelFormatter: (day: unknown) => periodLabel(String(day), granularity),
    contentStyle: { background: colors.surface, borderColor: colors.grid, color: colors.text },
  };
  const table = (
    caption: string,
    header: string,
    rows: typeof points,
    value: (p: (typeof points)[number]) => number | null,
  ) => (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{granularity === 'week' ? 'Week' : 'Day'}</th>
          <th scope="col">{header}</th>
          <th scope="col">Scored takes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.day}>
            <th scope="row">{periodLabel(p.day, granularity)}</th>
            <td>{formatNumber(value(p), 1)}</td>
            <td>{p.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <ChartPanel
        title="Pace"
        description={`Words per minute per ${granularity}; the shaded band is the norm (${norms.wpmMin}–${norms.wpmMax}).`}
        testId="chart-pace"
        empty={pace.length === 0}
        emptyText="No pace measured yet: it comes from the words and timings of transcribed takes."
        chart={() => (
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={pace} accessibilityLayer>
              <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
              <XAxis dataKey="day" tickFormatter={formatDay} stroke={colors.muted} minTickGap={24} />
              <YAxis
                stroke={colors.muted}
                width={40}
                domain={[
                  // Always show the whole norm band, on round tens so the ticks read well.
                  (min: number) => Math.floor((Math.min(min, norms.wpmMin) - 10) / 20) * 20,
                  (max: number) => Math.ceil((Math.max(max, norms.wpmMax) + 10) / 20) * 20,
                ]}
                allowDecimals={false}
              />
              <ReferenceArea
                y1={norms.wpmMin}
                y2={norms.wpmMax}
                fill={colors.ok}
                fillOpacity={0.12}
                ifOverflow="extendDomain"
              />
              <Tooltip {...tooltip} />
              <Line
                type="monotone"
                dataKey="wpm"
                name="Words per minute"
                stroke={colors.accent}
                strokeWidth={2}
                dot={pace.length < 40}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        )}
        table={() => table(`Words per minute per ${granularity}`, 'Words per minute', pace, (p) => p.wpm)}
      />
      <ChartPanel
        title="Fillers per minute"
        description={`“Um”, “uh”, “like”… per minute; the dashed line is the most that still sounds fluent (${norms.fillersPerMinuteMax}).`}
        testId="chart-fillers"
        empty={fillers.length === 0}
        emptyText="No fillers counted yet: they come from the transcripts of your takes."
        chart={() => (
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={fillers} accessibilityLayer>
              <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
              <XAxis dataKey="day" tickFormatter={formatDay} stroke={colors.muted} minTickGap={24} />
              <YAxis stroke={colors.muted} width={40} />
              <ReferenceLine
                y={norms.fillersPerMinuteMax}
                stroke={colors.warn}
                strokeDasharray="6 4"
                ifOverflow="extendDomain"
              />
              <Tooltip {...tooltip} />
              <Line
                type="monotone"
                dataKey="fillersPerMinute"
                name="Fillers per minute"
                stroke={colors.accent}
                strokeWidth={2}
                dot={fillers.length < 40}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        )}
        table={() =>
          table(`Fillers per minute per ${granularity}`, 'Fillers per minute', fillers, (p) => p.fillersPerMinute)
        }
      />
      <ChartPanel
        title="Pitch variation"
        description={`Pitch spread in semitones from your own median voice; below the dashed line (${norms.monotoneSemitones ?? 2}) a voice sounds flat.`}
        testId="chart-pitch"
        empty={pitch.length === 0}
        emptyText="No pitch measured yet: it comes from the recordings of your takes."
        chart={() => (
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={pitch} accessibilityLayer>
              <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
              <XAxis dataKey="day" tickFormatter={formatDay} stroke={colors.muted} minTickGap={24} />
              <YAxis stroke={colors.muted} width={40} />
              <ReferenceLine
                y={norms.monotoneSemitones ?? 2}
                stroke={colors.warn}
                strokeDasharray="6 4"
                ifOverflow="extendDomain"
              />
              <Tooltip {...tooltip} />
              <Line
                type="monotone"
                dataKey="pitchSpread"
                name="Pitch variation (semitones)"
                stroke={colors.accent}
                strokeWidth={2}
                dot={pitch.length < 40}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        )}
        table={() => table(`Pitch variation per ${granularity}`, 'Semitones', pitch, (p) => p.pitchSpread ?? null)}
      />
    </>
  );
}
