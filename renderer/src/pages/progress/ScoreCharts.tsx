import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayPoint, ScoreSeries } from '@contract/progress';
import { ChartPanel } from './ChartPanel';
import { formatDay, maxLines, mergeSeries, periodLabel, type Granularity } from './chart-data';
import { useChartColors, type ChartColors } from './chart-colors';

const emptyText = 'No scored takes yet. Scores appear here once an answer has been transcribed and scored.';

function axes(colors: ChartColors, granularity: Granularity) {
  return [
    <CartesianGrid key="grid" stroke={colors.grid} strokeDasharray="3 3" />,
    <XAxis key="x" dataKey="day" tickFormatter={formatDay} stroke={colors.muted} minTickGap={24} />,
    <YAxis key="y" domain={[0, 100]} stroke={colors.muted} width={36} />,
    <Tooltip
      key="tip"
      labelFormatter={(day) => periodLabel(String(day), granularity)}
      contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
    />,
  ];
}

export function OverallScoreChart(props: { points: DayPoint[]; granularity: Granularity }) {
  const colors = useChartColors();
  return (
    <ChartPanel
      title="Overall score"
      description={`Average overall score (0–100) of each ${props.granularity}’s scored takes.`}
      testId="chart-overall"
      wide
      empty={props.points.length === 0}
      emptyText={emptyText}
      chart={() => (
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={props.points} accessibilityLayer>
            {axes(colors, props.granularity)}
            <Line
              type="monotone"
              dataKey="average"
              name="Average score"
              stroke={colors.accent}
              strokeWidth={2}
              dot={props.points.length < 40}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table>
          <caption>Average overall score per {props.granularity}</caption>
          <thead>
            <tr>
              <th scope="col">{props.granularity === 'week' ? 'Week' : 'Day'}</th>
              <th scope="col">Average score</th>
              <th scope="col">Scored takes</th>
            </tr>
          </thead>
          <tbody>
            {props.points.map((p) => (
              <tr key={p.day}>
                <th scope="row">{periodLabel(p.day, props.granularity)}</th>
                <td>{p.average}</td>
                <td>{p.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

export function GroupedScoreChart(props: {
  byDeck: ScoreSeries[];
  bySection: ScoreSeries[];
  granularity: Granularity;
}) {
  const colors = useChartColors();
  const [grouping, setGrouping] = useState<'deck' | 'section'>('deck');
  const series = grouping === 'deck' ? props.byDeck : props.bySection;
  const shown = series.slice(0, maxLines);
  const rows = mergeSeries(shown);
  return (
    <ChartPanel
      title={grouping === 'deck' ? 'Score per deck' : 'Score per section'}
      description={
        series.length > maxLines
          ? `The ${maxLines} most practised of ${series.length} are drawn; the table lists all.`
          : `Average overall score per ${props.granularity}.`
      }
      testId="chart-grouped"
      empty={series.length === 0}
      emptyText={emptyText}
      controls={
        <label className="inline-select">
          <span className="visually-hidden">Group by</span>
          <select value={grouping} onChange={(e) => setGrouping(e.target.value as 'deck' | 'section')}>
            <option value="deck">By deck</option>
            <option value="section">By section</option>
          </select>
        </label>
      }
      chart={() => (
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={rows} accessibilityLayer>
            {axes(colors, props.granularity)}
            <Legend wrapperStyle={{ color: colors.text }} />
            {shown.map((s, index) => (
              <Line
                key={s.key}
                type="monotone"
                dataKey={s.key}
                name={s.label}
                stroke={colors.series[index % colors.series.length]}
                strokeWidth={2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table>
          <caption>Scores per {grouping}</caption>
          <thead>
            <tr>
              <th scope="col">{grouping === 'deck' ? 'Deck' : 'Section'}</th>
              <th scope="col">Scored takes</th>
              <th scope="col">First {props.granularity}</th>
              <th scope="col">Latest {props.granularity}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                <td>{s.takes}</td>
                <td>{s.points[0]?.average ?? '–'}</td>
                <td>{s.points.at(-1)?.average ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
