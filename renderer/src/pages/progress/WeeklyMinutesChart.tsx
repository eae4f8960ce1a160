import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProgressOverview } from '@contract/progress';
import { ChartPanel } from './ChartPanel';
import { formatDay } from './chart-data';
import { useChartColors } from './chart-colors';

export function WeeklyMinutesChart(props: { weeks: ProgressOverview['weeks'] }) {
  const colors = useChartColors();
  const { weeks } = props;
  return (
    <ChartPanel
      title="Minutes practised per week"
      description="Time spent answering, in weeks starting on Monday in your time zone."
      testId="chart-weeks"
      empty={weeks.every((w) => w.takes === 0)}
      emptyText="No practice in these weeks yet."
      chart={() => (
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={weeks} accessibilityLayer>
            <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="weekStart" tickFormatter={formatDay} stroke={colors.muted} minTickGap={16} />
            <YAxis stroke={colors.muted} width={40} />
            <Tooltip
              labelFormatter={(day) => `Week of ${formatDay(String(day))}`}
              cursor={{ fill: colors.grid, fillOpacity: 0.3 }}
              contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
            />
            <Bar dataKey="minutes" name="Minutes" fill={colors.accent} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table>
          <caption>Minutes practised per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Minutes</th>
              <th scope="col">Takes</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{formatDay(w.weekStart)}</th>
                <td>{w.minutes}</td>
                <td>{w.takes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
