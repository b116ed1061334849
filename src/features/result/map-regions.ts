/**
 * The result map's geometry: which outcome the engine gives across the map, and where each
 * region sits. No scoring happens here: every outcome comes from the engine's classify.
 */
import { classify, type Bank, type Dimension, type OutcomeId } from '../../engine';

export interface MapAxes {
  x: Dimension;
  y: Dimension;
  size: Dimension | undefined;
}

/** The map's axes by position in the bank: first dimension across, second up, third as point size. */
export function mapAxes(bank: Bank): MapAxes | undefined {
  const [x, y, size] = bank.dimensions;
  return x && y ? { x, y, size } : undefined;
}

export interface RegionCell {
  column: number;
  row: number;
  outcome: OutcomeId;
}

/**
 * The outcome the engine gives at the centre of each cell of a cells×cells grid over the
 * two map dimensions, with every other dimension held at the company's own score.
 */
export function regionGrid(bank: Bank, axes: MapAxes, dimensions: Record<string, number>, cells = 20): RegionCell[] {
  const grid: RegionCell[] = [];
  for (let row = 0; row < cells; row++) {
    for (let column = 0; column < cells; column++) {
      const point = {
        ...dimensions,
        [axes.x.id]: ((column + 0.5) * 100) / cells,
        [axes.y.id]: ((row + 0.5) * 100) / cells,
      };
      grid.push({ column, row, outcome: classify(bank, point) });
    }
  }
  return grid;
}

/** "low", "middling" or "high" for a 0-100 score. */
export function level(score: number): string {
  if (score < 35) return 'low';
  if (score > 65) return 'high';
  return 'middling';
}

export interface RegionSummary {
  outcome: OutcomeId;
  /** Share of the map, 0-100. */
  share: number;
  /** Mean position of the region, 0-100 on each axis. */
  x: number;
  y: number;
  /** The region's cell nearest its mean position: where its label goes. */
  anchor: RegionCell;
}

export function summarizeRegions(grid: readonly RegionCell[], cells = 20): RegionSummary[] {
  const byOutcome = new Map<OutcomeId, RegionCell[]>();
  for (const cell of grid) byOutcome.set(cell.outcome, [...(byOutcome.get(cell.outcome) ?? []), cell]);
  const centre = (index: number) => ((index + 0.5) * 100) / cells;
  return [...byOutcome.entries()].map(([outcome, list]) => {
    const x = list.reduce((sum, cell) => sum + centre(cell.column), 0) / list.length;
    const y = list.reduce((sum, cell) => sum + centre(cell.row), 0) / list.length;
    const distance = (cell: RegionCell) => (centre(cell.column) - x) ** 2 + (centre(cell.row) - y) ** 2;
    const anchor = list.reduce((best, cell) => (distance(cell) < distance(best) ? cell : best));
    return { outcome, share: Math.round((100 * list.length) / grid.length), x, y, anchor };
  });
}
