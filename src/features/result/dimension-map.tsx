import { useMemo } from 'react';
import { outcomeById, outcomeIds, type Bank, type Evaluation } from '../../engine';
import { level, mapAxes, regionGrid, summarizeRegions } from './map-regions';

export interface DimensionMapProps {
  bank: Bank;
  evaluation: Evaluation;
}

const CELLS = 20;
const SIZE = 200;
const CELL = SIZE / CELLS;

/**
 * Strategy need across, execution need up (the bank's first two dimensions), the company as a
 * point sized by the third, over the regions where the engine recommends each outcome.
 */
export function DimensionMap({ bank, evaluation }: DimensionMapProps) {
  const axes = mapAxes(bank);
  const grid = useMemo(
    () => (axes ? regionGrid(bank, axes, evaluation.dimensions, CELLS) : []),
    [bank, axes, evaluation.dimensions],
  );
  const regions = useMemo(() => summarizeRegions(grid, CELLS), [grid]);
  // One path per outcome instead of a rectangle per cell keeps the page light.
  const paths = useMemo(
    () =>
      outcomeIds.map((outcome) => ({
        outcome,
        d: grid
          .filter((cell) => cell.outcome === outcome)
          .map((cell) => `M${cell.column * CELL} ${SIZE - (cell.row + 1) * CELL}h${CELL}v${CELL}h-${CELL}z`)
          .join(''),
      })),
    [grid],
  );
  if (!axes) return null;

  const x = evaluation.dimensions[axes.x.id] ?? 0;
  const y = evaluation.dimensions[axes.y.id] ?? 0;
  const size = axes.size ? (evaluation.dimensions[axes.size.id] ?? 0) : undefined;
  const radius = 4 + ((size ?? 50) / 100) * 8;
  // The company's own point is where the engine's recommendation applies.
  const here = evaluation.outcome;
  const number = (id: string) => outcomeIds.indexOf(id as (typeof outcomeIds)[number]) + 1;
  const legend = [...regions].sort((a, b) => number(a.outcome) - number(b.outcome));

  return (
    <figure className="dimension-map">
      <div className="map-frame">
        <svg viewBox={`-28 -8 ${SIZE + 36} ${SIZE + 36}`} role="img" aria-labelledby="map-description">
          {paths.map(({ outcome, d }) => (
            <path key={outcome} className={`region region-${outcome}`} d={d} />
          ))}
          <rect className="map-border" x={0} y={0} width={SIZE} height={SIZE} />
          {regions.map((region) => (
            <text
              key={region.outcome}
              className="region-label"
              x={(region.anchor.column + 0.5) * CELL}
              y={SIZE - (region.anchor.row + 0.5) * CELL}
              dominantBaseline="central"
              textAnchor="middle"
            >
              {number(region.outcome)}
            </text>
          ))}
          <circle className="map-point-halo" cx={(x / 100) * SIZE} cy={SIZE - (y / 100) * SIZE} r={radius + 2} />
          <circle className="map-point" cx={(x / 100) * SIZE} cy={SIZE - (y / 100) * SIZE} r={radius} />
          <text className="axis-label" x={SIZE / 2} y={SIZE + 16} textAnchor="middle">
            {axes.x.label} →
          </text>
          <text
            className="axis-label"
            x={-14}
            y={SIZE / 2}
            textAnchor="middle"
            transform={`rotate(-90 -14 ${SIZE / 2})`}
          >
            {axes.y.label} →
          </text>
        </svg>
      </div>
      <ol className="map-legend">
        {legend.map((region) => (
          <li key={region.outcome}>
            <span className={`swatch region-${region.outcome}`} aria-hidden="true">
              {number(region.outcome)}
            </span>
            {outcomeById(bank, region.outcome).title}
          </li>
        ))}
      </ol>
      {axes.size && size !== undefined ? (
        <div className="size-meter">
          <span>
            {axes.size.label}: {Math.round(size)} of 100 (the dot’s size)
          </span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${Math.max(0, Math.min(100, size))}%` }} />
          </span>
        </div>
      ) : null}
      <figcaption id="map-description">
        Map of {axes.x.label.toLowerCase()} (across) against {axes.y.label.toLowerCase()} (up). Your answers put you at{' '}
        {Math.round(x)} across and {Math.round(y)} up
        {axes.size && size !== undefined ? `, with ${axes.size.label.toLowerCase()} at ${Math.round(size)}` : ''}, in
        the area for “{outcomeById(bank, here).title}”. At your{' '}
        {axes.size ? axes.size.label.toLowerCase() : 'other scores'}, the map divides like this:{' '}
        {legend
          .map(
            (region) =>
              `${outcomeById(bank, region.outcome).title} covers about ${region.share}% of the map, mostly where ${axes.x.label.toLowerCase()} is ${level(region.x)} and ${axes.y.label.toLowerCase()} is ${level(region.y)}`,
          )
          .join('; ')}
        .
      </figcaption>
    </figure>
  );
}
