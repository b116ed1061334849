import { useId, useMemo } from 'react';
import { Disclosure } from '../../components/disclosure';
import { excludedOutcomes, insteadOutcome, outcomeById, outcomeIds, type Bank, type Evaluation } from '../../engine';
import { fill, formatList, formatNumber, plural } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';
import { level, mapAxes, mapRegions } from './map-regions';

export interface DimensionMapProps {
  bank: Bank;
  evaluation: Evaluation;
  /** For a preview: the result the answers have now, drawn as a ring beside the new point. */
  before?: Evaluation;
}

const TICKS = [0, 50, 100];

/**
 * Strategy need across, execution need up (the bank's first two dimensions), the company as a
 * point sized by the third, over the regions where the engine recommends each outcome.
 */
export function DimensionMap({ bank, evaluation, before }: DimensionMapProps) {
  const axes = mapAxes(bank);
  const locale = useLocale();
  const r = useResultMessages().result;
  const m = r.map;
  const descriptionId = useId();
  const x = axes ? (evaluation.dimensions[axes.x.id] ?? 0) : 0;
  const y = axes ? (evaluation.dimensions[axes.y.id] ?? 0) : 0;
  // The company's own rules hold all over its map: the point's area is always its recommendation.
  const excluded = useMemo(() => excludedOutcomes(bank, evaluation), [bank, evaluation]);
  const regions = useMemo(
    () =>
      axes
        ? mapRegions(bank, axes, evaluation.dimensions, [x, y], {
            ruledOut: excluded,
            instead: insteadOutcome(bank, evaluation),
          })
        : [],
    [bank, axes, evaluation, x, y, excluded],
  );
  if (!axes) return null;

  const size = axes.size ? (evaluation.dimensions[axes.size.id] ?? 0) : undefined;
  const radius = 2 + ((size ?? 50) / 100) * 4;
  const number = (id: string) => outcomeIds.indexOf(id as (typeof outcomeIds)[number]) + 1;
  const title = (id: Evaluation['outcome']) => outcomeById(bank, id).title;
  const was = before && { x: before.dimensions[axes.x.id] ?? 0, y: before.dimensions[axes.y.id] ?? 0 };
  const quoted = (text: string) => fill(locale, r.quoted, { text });
  const [xName, yName] = [quoted(axes.x.label), quoted(axes.y.label)];
  const description = [
    axes.size && size !== undefined
      ? fill(locale, m.ofSize, { x: xName, y: yName, size: quoted(axes.size.label), value: Math.round(size) })
      : fill(locale, m.ofAll, { x: xName, y: yName }),
    excluded.length > 0
      ? plural(locale, m.without, excluded.length, {
          options: formatList(
            locale,
            excluded.map((id) => quoted(title(id))),
            'or',
          ),
        })
      : '',
    fill(locale, m.divides, {
      regions: regions
        .map((region) =>
          fill(locale, m.region, {
            title: title(region.outcome),
            share: region.share,
            x: xName,
            xLevel: level(region.x, m),
            y: yName,
            yLevel: level(region.y, m),
          }),
        )
        .join(m.regionSeparator),
    }),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <figure className="dimension-map">
      <div className="map-frame">
        <svg
          viewBox="-20 -6 128 128"
          role="img"
          aria-labelledby={`${descriptionId}-short`}
          aria-describedby={descriptionId}
        >
          {regions.map((region) => (
            <path key={`base-${region.outcome}`} className={`region region-${region.outcome}`} d={region.base} />
          ))}
          {regions.map((region) => (
            <path key={region.outcome} className={`region region-${region.outcome}`} d={region.d} />
          ))}
          <rect className="map-border" x={0} y={0} width={100} height={100} />
          {TICKS.map((tick) => (
            <g key={tick} className="map-tick">
              <line x1={tick} y1={100} x2={tick} y2={102} />
              <text x={tick} y={107} textAnchor="middle">
                {formatNumber(locale, tick)}
              </text>
              <line x1={-2} y1={100 - tick} x2={0} y2={100 - tick} />
              <text x={-3.5} y={100 - tick} textAnchor="end" dominantBaseline="central">
                {formatNumber(locale, tick)}
              </text>
            </g>
          ))}
          {regions.map((region) => (
            <text
              key={`label-${region.outcome}`}
              className="region-label"
              x={region.label.x}
              y={100 - region.label.y}
              dominantBaseline="central"
              textAnchor="middle"
            >
              {number(region.outcome)}
            </text>
          ))}
          {was ? <circle className="map-point-before" cx={was.x} cy={100 - was.y} r={radius} /> : null}
          <circle className="map-point-halo" cx={x} cy={100 - y} r={radius + 1} />
          <circle className="map-point" cx={x} cy={100 - y} r={radius} />
          <text className="axis-label" x={50} y={116} textAnchor="middle">
            {fill(locale, m.axis, { label: axes.x.label })}
          </text>
          <text className="axis-label" x={-14} y={50} textAnchor="middle" transform="rotate(-90 -14 50)">
            {fill(locale, m.axis, { label: axes.y.label })}
          </text>
        </svg>
      </div>
      <ol className="map-legend">
        {regions.map((region) => (
          <li key={region.outcome}>
            <span className={`swatch region-${region.outcome}`} aria-hidden="true">
              {number(region.outcome)}
            </span>
            {title(region.outcome)}
          </li>
        ))}
      </ol>
      {axes.size && size !== undefined ? (
        <div className="size-meter">
          <span>{fill(locale, m.size, { label: axes.size.label, value: Math.round(size) })}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${Math.max(0, Math.min(100, size))}%` }} />
          </span>
        </div>
      ) : null}
      <figcaption id={`${descriptionId}-short`}>
        {fill(locale, was ? m.placedPreview : m.placed, {
          x: Math.round(x),
          y: Math.round(y),
          title: title(evaluation.outcome),
        })}
      </figcaption>
      <Disclosure label={m.describe}>
        <p id={descriptionId}>{description}</p>
      </Disclosure>
    </figure>
  );
}
