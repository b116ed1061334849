/**
 * The result map's geometry: where the engine recommends each outcome across the map, as
 * shapes with smooth edges, and where each region's label can sit. No scoring happens here:
 * every outcome comes from the engine's classify.
 */
import { classify, outcomeIds, type Bank, type Dimension, type OutcomeId } from '../../engine';

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

export interface Region {
  outcome: OutcomeId;
  /** SVG path data in map units (0-100 across, 0-100 down, as in SVG): whole cells, drawn first. */
  base: string;
  /** The cells the region's edge crosses, cut along the edge: drawn over every base. */
  d: string;
  /** Share of the map, 0-100. */
  share: number;
  /** Mean position of the region, 0-100 on each axis (y up). */
  x: number;
  y: number;
  /** Where the region's number goes, 0-100 on each axis (y up), clear of the company's point. */
  label: { x: number; y: number };
}

type Point = readonly [number, number];

/** Steps of bisection along a cell edge: the edge is found to within 1/64 of a cell. */
const BISECTIONS = 6;

/**
 * The regions over the two map dimensions, every other dimension held at the company's own
 * score and `ruledOut` set aside as the company's rules do. Each cell of a cells×cells grid is cut where the outcome changes along its edges (found
 * by bisection), so edges run straight across cells instead of in steps. Labels keep `clear`
 * map units away from `point`.
 */
export function mapRegions(
  bank: Bank,
  axes: MapAxes,
  dimensions: Record<string, number>,
  point: Point,
  { cells = 20, clear = 12, ruledOut = [] as readonly OutcomeId[], instead = undefined as OutcomeId | undefined } = {},
): Region[] {
  const at = ([x, y]: Point): OutcomeId =>
    classify(bank, { ...dimensions, [axes.x.id]: x, [axes.y.id]: y }, ruledOut, instead);
  const step = 100 / cells;
  const corner: OutcomeId[][] = [];
  for (let row = 0; row <= cells; row++) {
    corner.push([]);
    for (let column = 0; column <= cells; column++) corner[row]?.push(at([column * step, row * step]));
  }
  const cornerAt = (column: number, row: number) => corner[row]?.[column] ?? 'combined';
  /** The point between a corner inside the region and one outside where the outcome changes. */
  const edge = (outcome: OutcomeId, inside: Point, outside: Point): Point => {
    let [a, b] = [inside, outside];
    for (let i = 0; i < BISECTIONS; i++) {
      const middle: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      if (at(middle) === outcome) a = middle;
      else b = middle;
    }
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  };
  const svg = ([x, y]: Point) => `${round(x)} ${round(100 - y)}`;

  const bases = new Map<OutcomeId, string[]>();
  const cuts = new Map<OutcomeId, string[]>();
  const add = (into: Map<OutcomeId, string[]>, outcome: OutcomeId, shape: readonly Point[]) =>
    into.set(outcome, [...(into.get(outcome) ?? []), `M${shape.map(svg).join('L')}Z`]);
  const centres = new Map<OutcomeId, Point[]>();
  for (let row = 0; row < cells; row++) {
    for (let column = 0; column < cells; column++) {
      const corners: [Point, OutcomeId][] = [
        [[column * step, row * step], cornerAt(column, row)],
        [[(column + 1) * step, row * step], cornerAt(column + 1, row)],
        [[(column + 1) * step, (row + 1) * step], cornerAt(column + 1, row + 1)],
        [[column * step, (row + 1) * step], cornerAt(column, row + 1)],
      ];
      const centre: Point = [(column + 0.5) * step, (row + 0.5) * step];
      const middle = at(centre);
      centres.set(middle, [...(centres.get(middle) ?? []), centre]);
      const square = corners.map(([position]) => position);
      if (corners.every(([, outcome]) => outcome === middle)) {
        add(bases, middle, square);
        continue;
      }
      // Under the cuts, the cell in its centre's colour: it fills any sliver where three regions meet.
      add(bases, middle, square);
      for (const outcome of new Set(corners.map(([, here]) => here))) {
        const polygon: Point[] = [];
        corners.forEach(([position, here], i) => {
          const [nextPosition, next] = corners[(i + 1) % 4] ?? corners[0] ?? [position, here];
          if (here === outcome) polygon.push(position);
          if ((here === outcome) !== (next === outcome))
            polygon.push(
              here === outcome ? edge(outcome, position, nextPosition) : edge(outcome, nextPosition, position),
            );
        });
        if (polygon.length >= 3) add(cuts, outcome, polygon);
      }
    }
  }

  const total = cells * cells;
  return outcomeIds
    .filter((outcome) => bases.has(outcome) || cuts.has(outcome))
    .map((outcome) => {
      const inside = centres.get(outcome) ?? [];
      const mean = (axis: 0 | 1) =>
        inside.length > 0 ? inside.reduce((sum, centre) => sum + centre[axis], 0) / inside.length : 50;
      const [x, y] = [mean(0), mean(1)];
      const away = inside.filter((centre) => Math.hypot(centre[0] - point[0], centre[1] - point[1]) >= clear);
      const candidates = away.length > 0 ? away : inside;
      const label = candidates.reduce<Point>(
        (best, centre) =>
          Math.hypot(centre[0] - x, centre[1] - y) < Math.hypot(best[0] - x, best[1] - y) ? centre : best,
        candidates[0] ?? [x, y],
      );
      return {
        outcome,
        base: (bases.get(outcome) ?? []).join(''),
        d: (cuts.get(outcome) ?? []).join(''),
        share: Math.round((100 * inside.length) / total),
        x,
        y,
        label: { x: label[0], y: label[1] },
      };
    });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The words for a score's level, in the visit's language. */
export interface LevelWords {
  low: string;
  middling: string;
  high: string;
}

/** The word for a 0-100 score's level: `low`, `middling` or `high` of `words`. */
export function level(score: number, words: LevelWords): string {
  if (score < 35) return words.low;
  if (score > 65) return words.high;
  return words.middling;
}
