// Asks, shares and mandates per week as a stacked bar chart (recharts), with the same numbers as a
// table so screen readers, keyboard users and tests can read exact counts.
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { ActionKind, BalanceWeek } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { shortDate } from './balanceFormat';

/** The same hues as the mode badges (styles/badges.css), so a colour means one kind everywhere. */
const series: Array<{ kind: ActionKind; label: string; fill: string }> = [
  { kind: 'ask', label: 'Ask', fill: 'var(--ask-edge)' },
  { kind: 'share', label: 'Share', fill: 'var(--share-edge)' },
  { kind: 'mandate', label: 'Mandate', fill: 'var(--mandate-edge)' },
];

/** Empty segments get no label: a stray "0" on a bar of zero height is noise. */
const hideZero = (value: unknown) => (value === 0 || value === '0' ? null : (value as string | number));

interface Props {
  weeks: BalanceWeek[];
  totals: { ask: number; share: number; mandate: number };
  /** Who the numbers are about, for the table caption ("everyone" or a name). */
  scope: string;
}

export function BalanceChart({ weeks, totals, scope }: Props) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const title = 'Asks, shares and mandates per week';
  const data = weeks.map((week) => ({ ...week, label: shortDate(week.weekStart) }));

  return (
    <div className="balance-chart-card">
      <div className="balance-card-head">
        <h2>Actions per week</h2>
        <button type="button" className="link-button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
          {showTable ? 'Hide table' : 'Show as table'}
        </button>
      </div>
      <figure role="figure" aria-label={title} className="balance-figure">
        <BarChart responsive data={data} className="balance-chart" style={{ width: '100%', height: 300 }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} barCategoryGap="22%">
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="label" tickLine={false} axisLine={{ stroke: 'var(--border-strong)' }} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} />
          <Tooltip
            separator=": "
            itemSorter={(item) => series.findIndex((s) => s.kind === item.dataKey)}
            cursor={{ fill: 'var(--hover)' }}
            labelFormatter={(_label, payload) => {
              const week = payload[0]?.payload as BalanceWeek | undefined;
              return week ? `Week of ${formatDay(week.weekStart)}` : '';
            }}
            contentStyle={{ background: 'var(--surface-raised)', border: '1px solid var(--border)', borderRadius: 8, boxShadow: 'var(--shadow)', color: 'var(--text)' }}
            labelStyle={{ color: 'var(--text-strong)', fontWeight: 650, marginBottom: 4 }}
          />
          <Legend verticalAlign="top" align="right" height={32} iconType="circle" iconSize={10} itemSorter={null} />
          {series.map((s, i) => (
            <Bar
              key={s.kind}
              dataKey={s.kind}
              name={s.label}
              stackId="actions"
              fill={s.fill}
              radius={i === series.length - 1 ? [4, 4, 0, 0] : 0}
              // No animation: recharts hides the count labels while bars grow, and a chart read for its
              // numbers (or captured by a screenshot) must show them at once.
              isAnimationActive={false}
            >
              <LabelList dataKey={s.kind} position="center" formatter={hideZero} className="balance-bar-label" fill="#10151c" fontSize={12} fontWeight={700} />
            </Bar>
          ))}
        </BarChart>
        <figcaption className="sr-only">{title}, {scope}. The table that follows has the exact counts.</figcaption>
      </figure>
      <div id={tableId} className={showTable ? 'balance-table-wrap' : 'sr-only'}>
        <table className="balance-table">
          <caption>
            {title}, {scope}
          </caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {series.map((s) => (
                <th scope="col" key={s.kind}>
                  {s.label}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">
                  <time dateTime={week.weekStart}>{formatDay(week.weekStart)}</time>
                </th>
                <td>{week.ask}</td>
                <td>{week.share}</td>
                <td>{week.mandate}</td>
                <td>{week.ask + week.share + week.mandate}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All weeks</th>
              <td>{totals.ask}</td>
              <td>{totals.share}</td>
              <td>{totals.mandate}</td>
              <td>{totals.ask + totals.share + totals.mandate}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
