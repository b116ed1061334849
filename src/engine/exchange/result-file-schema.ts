/**
 * The saved result file's shape, declared once with Zod: the TypeScript type, the parser's check
 * (result-file.ts) and result-file.schema.json (`npm run schema:result`) all come from it.
 * The evaluation inside is informational and bounded: Role Fit never trusts it.
 */
import * as z from 'zod/mini';
import { answerSchema, outcomeIdSchema } from '../bank/schema';
import { MAX_NAME_LENGTH } from '../scoring/compare';

/** The format version new files are written in. */
export const RESULT_FILE_VERSION = 1;

const key = z.string().check(z.minLength(1), z.maxLength(40));
const versionText = z.string().check(z.maxLength(20), z.regex(/^\d+\.\d+\.\d+$/));
const score = z.number().check(z.gte(0), z.lte(100));
const count = z.int().check(z.gte(0), z.lte(1000));
const points = z.number().check(z.gte(-1000), z.lte(1000));
const editSchema = z.strictObject({ question: key, answer: answerSchema });
const text = z.string().check(z.maxLength(160));
const hireSchema = z.strictObject({
  role: key,
  title: text,
  count,
  when: z.enum(['now', 'year', 'later']),
  partTime: z.boolean(),
});

/** The engine's Evaluation as stored in a file: informational, bounded, never trusted. */
export const storedEvaluationSchema = z.strictObject({
  bank: z.strictObject({ id: key, version: versionText }),
  outcome: outcomeIdSchema,
  fit: z.record(outcomeIdSchema, score),
  ranking: z.array(outcomeIdSchema).check(z.maxLength(4)),
  dimensions: z.record(key, score),
  coverage: z.strictObject({ shown: count, answered: count, unsure: count, unanswered: count, weight: score }),
  contributions: z
    .array(z.strictObject({ question: key, answer: answerSchema, points: z.record(key, points) }))
    .check(z.maxLength(40)),
  changes: z
    .array(
      z.strictObject({
        edits: z.array(editSchema).check(z.maxLength(2)),
        outcome: outcomeIdSchema,
        // Files saved before bank 1.2.0 gave each change a fit; every change now leads to a fit of 100.
        fit: z.optional(score),
        cost: z.optional(count),
        // Added with bank 1.3.0: the plan the change leads to.
        hires: z.optional(z.array(hireSchema).check(z.maxLength(18))),
      }),
    )
    .check(z.maxLength(1000)),
  robustness: z.strictObject({
    changes: count,
    atLeast: z.boolean(),
    closeCall: z.optional(z.boolean()),
    open: z.optional(key),
  }),
  // Added with bank 1.1.0: files saved before have none of these.
  status: z.optional(z.enum(['ok', 'tentative'])),
  rules: z.optional(z.array(key).check(z.maxLength(20))),
  open: z.optional(z.array(key).check(z.maxLength(3))),
  plan: z.optional(
    z.strictObject({
      needs: z
        .array(
          z.strictObject({
            role: key,
            title: text,
            count,
            // Added with bank 1.3.0, with everything below marked optional.
            need: z.optional(count),
            have: z.optional(count),
            why: z.optional(text),
            short: z.optional(z.enum(['team', 'lead', 'calm'])),
          }),
        )
        .check(z.maxLength(6)),
      hires: z.array(hireSchema).check(z.maxLength(18)),
      salaries: z.nullable(z.number().check(z.gte(0), z.lte(1000))),
      noPressingGap: z.boolean(),
      inPlace: z.optional(
        z
          .array(
            z.strictObject({
              role: key,
              who: text,
              count: z.int().check(z.gte(0), z.lte(100000)),
              counted: z.boolean(),
              each: z.optional(z.int().check(z.gte(1), z.lte(100))),
            }),
          )
          .check(z.maxLength(6)),
      ),
      keeps: z.optional(z.strictObject({ who: text, role: key })),
      owned: z.optional(z.array(z.strictObject({ role: key, rule: key })).check(z.maxLength(6))),
      capacity: z.optional(z.nullable(z.int().check(z.gte(0), z.lte(100000)))),
      capped: z.optional(z.boolean()),
      order: z.optional(
        z.nullable(
          z.strictObject({
            kind: z.enum(['lead', 'rule', 'gap', 'close', 'level']),
            because: z.optional(text),
            question: z.optional(key),
          }),
        ),
      ),
    }),
  ),
});

/** A saved result, declared once: the TypeScript type and result-file.schema.json come from it. */
export const resultFileSchema = z.strictObject({
  /** Editors use it for autocompletion; Role Fit ignores it. */
  $schema: z.optional(z.string().check(z.maxLength(200))),
  format: z.literal('role-fit-result'),
  formatVersion: z.literal(RESULT_FILE_VERSION),
  bank: z.strictObject({
    id: key,
    version: versionText,
    /** The bank's content hash (see bankHash): tells edited banks apart even at one version. */
    hash: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
    /** The bank's question ids in order, so a later bank can say what was added or removed. */
    questions: z.array(key).check(z.maxLength(40)),
  }),
  /** When the file was saved, as an ISO 8601 date and time in UTC. */
  createdAt: z.iso.datetime(),
  /** Whose answers these are, as they named themselves; absent when nobody did (and in files saved before names). */
  name: z.optional(z.string().check(z.maxLength(MAX_NAME_LENGTH))),
  /** Question id to answer; checked against the bank on open. */
  answers: z
    .record(key, answerSchema)
    .check(z.refine((answers) => Object.keys(answers).length <= 40, 'at most 40 answers')),
  /** The result when saved, for readers of the file; recomputed from the answers on open. */
  result: storedEvaluationSchema,
});
export type ResultFile = z.infer<typeof resultFileSchema>;

/** The JSON Schema of a result file, generated from its Zod schema. */
export function resultFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(resultFileSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'result-file.schema.json',
    title: 'Role Fit saved result',
  };
}
