/**
 * The question bank's shape, declared once. Every TypeScript type of a bank comes from here
 * (z.infer), and questions/question-bank.schema.json is generated from it.
 *
 * zod/mini keeps the browser bundle small; jitless keeps Zod from compiling parsers with
 * `new Function`, which a strict Content-Security-Policy forbids.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { ID_MAX_LENGTH, ID_PATTERN, UNSURE, outcomeIds, type OutcomeId } from './constants';

z.config({ jitless: true, ...en() });

export { UNSURE, outcomeIds, type OutcomeId };
export const outcomeIdSchema = z.enum(outcomeIds);

/** An id of a bank's or kit's question, option, dimension or role: lower case, digits and dashes. */
export const idSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(ID_MAX_LENGTH),
    z.regex(ID_PATTERN, 'Use lower-case letters, digits and dashes, starting with a letter'),
  );
/** A label or title: one line, up to 160 characters. */
// Room for translations, which run up to half as long again as the English.
export const shortText = z.string().check(z.minLength(1), z.maxLength(240));
const longText = z.string().check(z.minLength(1), z.maxLength(900));
const weight = z.number().check(z.gte(-100), z.lte(100));

/** Points an option adds to each scoring dimension, keyed by dimension id. */
export const weightsSchema = z.record(idSchema, weight);
export type Weights = z.infer<typeof weightsSchema>;

export const optionSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  /** Optional one-line detail shown under the label. */
  hint: z.optional(shortText),
  /** Multiple choice only: an answer like "None of these" that cannot be ticked with others. */
  exclusive: z.optional(z.boolean()),
  weights: weightsSchema,
});
export type Option = z.infer<typeof optionSchema>;

/** A condition on an earlier answer. Unanswered, "Not sure" and hidden answers never meet it. */
export const conditionSchema = z.union([
  z.strictObject({
    question: idSchema,
    /** Met when the answer is (or, for multiple choice, includes) one of these option ids. */
    anyOf: z.array(idSchema).check(z.minLength(1)),
  }),
  z.strictObject({
    question: idSchema,
    /** Met when a number answer lies within [min, max]; either bound may be left out. */
    min: z.optional(z.number()),
    max: z.optional(z.number()),
  }),
]);
export type Condition = z.infer<typeof conditionSchema>;

const questionBase = {
  id: idSchema,
  /** A short name for the question, used in summaries and the review screen. */
  topic: shortText,
  title: shortText,
  /** "Why we ask": shown on demand under the question. */
  help: longText,
  /** Shown only when every condition holds. */
  showIf: z.optional(z.array(conditionSchema).check(z.minLength(1))),
  /**
   * When set, the result suggests revisiting the decision if this answer changes in a way
   * that would alter the recommendation (team size, markets, stage...).
   */
  revisit: z.optional(shortText),
  /**
   * The options the revisit moment speaks of ("When you plan to enter a new market": the
   * entering options): only a change to one of them is named. Without it, a number or an
   * ordered answer counts going up, any other question any change.
   */
  revisitWith: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(12))),
  /**
   * What could realistically happen to this answer next, for "What would change it": `up`, a
   * number's next band up; `forward`, an ordered answer's next option; `step`, one option either
   * way; `add`, one more option ticked; `add-remove`, one ticked or unticked; or, per option, the
   * options it could become. Without it, no change of this answer is suggested.
   */
  moves: z.optional(
    z.union([
      z.enum(['up', 'forward', 'step', 'add', 'add-remove']),
      z.record(idSchema, z.array(idSchema).check(z.maxLength(12))),
    ]),
  ),
};

export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(optionSchema).check(z.minLength(2), z.maxLength(12)),
  /** The options run from least to most (stage, budget): "What would change it" moves one step only. */
  ordered: z.optional(z.boolean()),
});

export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: z.array(optionSchema).check(z.minLength(2), z.maxLength(12)),
  /** The most options a person may tick. */
  maxChoices: z.int().check(z.gte(1), z.lte(12)),
});

export const bandSchema = z.strictObject({
  /** Inclusive bounds; bands cover the question's range in order with no gap or overlap. */
  min: z.int(),
  max: z.int(),
  label: shortText,
  weights: weightsSchema,
});
export type Band = z.infer<typeof bandSchema>;

export const numberQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('number'),
  /** Whole numbers only, within [min, max]. */
  min: z.int(),
  max: z.int(),
  /** The unit, plural, as shown beside the input ("engineers"). */
  unit: shortText,
  /** The unit for exactly one ("engineer"); the plural is used when left out. */
  unitOne: z.optional(shortText),
  bands: z.array(bandSchema).check(z.minLength(1), z.maxLength(20)),
});

export const scaleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('scale'),
  /** Agreement scale points, from strongest disagreement to strongest agreement. */
  options: z.array(optionSchema).check(z.minLength(3), z.maxLength(7)),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  numberQuestionSchema,
  scaleQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type ChoiceQuestion = Exclude<Question, { type: 'number' }>;
export type NumberQuestion = Extract<Question, { type: 'number' }>;

export const dimensionSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  description: longText,
});
export type Dimension = z.infer<typeof dimensionSchema>;

/** A tagline said only when its conditions hold: the first variant that applies replaces the outcome's own. */
export const textVariantSchema = z.strictObject({
  all: z.array(conditionSchema).check(z.minLength(1), z.maxLength(8)),
  tagline: shortText,
});

export const outcomeSchema = z.strictObject({
  id: outcomeIdSchema,
  /** "Hire a Product Owner" */
  title: shortText,
  /** One plain line on when this applies, for the landing page. */
  tagline: shortText,
  /** The result's first line when no variant applies: true whatever the answers. */
  lead: z.optional(shortText),
  /** Result lines true only for some answers, tried in order before `lead`. */
  variants: z.optional(z.array(textVariantSchema).check(z.maxLength(8))),
  /** What this hire does, a paragraph. */
  summary: longText,
  responsibilities: z.array(shortText).check(z.minLength(1), z.maxLength(12)),
  skills: z.array(shortText).check(z.minLength(1), z.maxLength(12)),
});
export type Outcome = z.infer<typeof outcomeSchema>;

/** One term of a zone's measure: the largest (`max`) or smallest (`min`) of some dimension scores, times `weight`. */
export const measureTermSchema = z.strictObject({
  take: z.enum(['max', 'min']),
  of: z.array(idSchema).check(z.minLength(1), z.maxLength(8)),
  weight: z.number().check(z.gt(0), z.lte(10)),
});

const zoneShape = {
  outcome: outcomeIdSchema,
  /** The measure: a sum of terms, each non-decreasing in every dimension, so more load never lowers it. */
  sum: z.array(measureTermSchema).check(z.minLength(1), z.maxLength(4)),
  /** A line true whenever the zone holds, for "Why": "At your size one person can still carry both jobs." */
  held: shortText,
  /** A line true whenever it does not. */
  missed: shortText,
};

/**
 * How dimension scores become one of the four outcomes, in three tiers that keep more load
 * from ever meaning fewer roles: `small` while its measure stays under `under` (a region that
 * only shrinks as scores rise), else `large` once its measure reaches `atLeast` (one that only
 * grows), else the `otherwise` outcome whose dimension scores highest.
 */
export const decisionSchema = z.strictObject({
  small: z.strictObject({
    ...zoneShape,
    under: z.number().check(z.gte(0), z.lte(1000)),
    /** `missed` when scale and load alone nearly fill the bound: the company, not its gaps, is too big. */
    missedBySize: z.optional(shortText),
  }),
  large: z.strictObject({ ...zoneShape, atLeast: z.number().check(z.gte(0), z.lte(1000)) }),
  otherwise: z
    .array(z.strictObject({ outcome: outcomeIdSchema, dimension: idSchema }))
    .check(z.minLength(1), z.maxLength(outcomeIds.length)),
});
export type Decision = z.infer<typeof decisionSchema>;
export type MeasureTerm = z.infer<typeof measureTermSchema>;

/**
 * A seed rule the scores alone could break: when every condition in `all` holds and, if
 * given, at least one in `any`, the outcomes in `exclude` are never recommended.
 */
export const ruleSchema = z.strictObject({
  id: idSchema,
  all: z.array(conditionSchema).check(z.minLength(1), z.maxLength(8)),
  any: z.optional(z.array(conditionSchema).check(z.minLength(1), z.maxLength(8))),
  exclude: z.array(outcomeIdSchema).check(z.minLength(1), z.maxLength(3)),
  /**
   * Where the scores fall in the `large` tier and this rule sets its outcome aside, recommend
   * this outcome instead (unless a rule sets it aside too): a team one person can serve gets
   * one person for both, not two.
   */
  instead: z.optional(outcomeIdSchema),
  /** Why, in a line the result can show: "Four or more delivery teams are more than one person can steer." */
  because: shortText,
});
export type Rule = z.infer<typeof ruleSchema>;

/** Answers that contradict each other when every condition in `all` holds. */
export const conflictSchema = z.strictObject({
  all: z.array(conditionSchema).check(z.minLength(2), z.maxLength(4)),
  /** Why, for the bank's readers: "An idea-stage company does not have over 30 engineers." */
  because: shortText,
});

/** A product role the plan can hire: what it covers, how many, under which title. */
/** Who already does a role's work: when every condition holds, `count` people (a number question's answer, else 1). */
export const inPlaceSchema = z.strictObject({
  all: z.array(conditionSchema).check(z.minLength(1), z.maxLength(4)),
  count: z.optional(idSchema),
  /** "your product leader": named in the plan's sentences. */
  who: shortText,
  /** How many units of the role's `per` ratio (teams) each of them covers, when fewer than the ratio. */
  each: z.optional(z.int().check(z.gte(1), z.lte(100))),
});

export const roleSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  plural: shortText,
  dimension: idSchema,
  alsoCovers: z.optional(idSchema),
  covers: shortText,
  headcount: z.optional(
    z.strictObject({
      by: z
        .array(
          z.union([
            z.strictObject({
              question: idSchema,
              per: z.int().check(z.gte(1), z.lte(100)),
              note: shortText,
              /** Counts only when no other rule of the role has its question answered. */
              fallback: z.optional(z.boolean()),
            }),
            z.strictObject({
              question: idSchema,
              byOption: z.record(idSchema, z.int().check(z.gte(1), z.lte(20))),
              note: shortText,
            }),
          ]),
        )
        .check(z.minLength(1), z.maxLength(4)),
    }),
  ),
  /** One title per entry of the plan's `levels`, so seniority follows scale the same way for every role. */
  titles: z.array(shortText).check(z.minLength(1), z.maxLength(5)),
  inPlace: z.optional(z.array(inPlaceSchema).check(z.maxLength(4))),
  /** Rules that, when they apply, mean this role's work is owned and running well: no hire for it. */
  ownedBy: z.optional(z.array(idSchema).check(z.maxLength(4))),
  /** The job-post starter, written to candidates. */
  post: z.strictObject({
    about: longText,
    duties: z.array(shortText).check(z.minLength(1), z.maxLength(12)),
    skills: z.array(shortText).check(z.minLength(1), z.maxLength(12)),
  }),
});
export type Role = z.infer<typeof roleSchema>;

/** How a recommendation becomes hires within a budget. */
export const planSchema = z.strictObject({
  hires: z.record(outcomeIdSchema, z.array(idSchema).check(z.minLength(1), z.maxLength(3))),
  roles: z.array(roleSchema).check(z.minLength(1), z.maxLength(6)),
  /** The dimension that sets seniority, and the score each title level starts at. */
  level: idSchema,
  levels: z
    .array(z.strictObject({ minScale: z.number().check(z.gte(0), z.lte(100)) }))
    .check(z.minLength(1), z.maxLength(5)),
  budget: z.strictObject({
    question: idSchema,
    salaries: z.record(idSchema, z.number().check(z.gte(0), z.lte(50))),
    /** A number question that says how many salaries, when the budget answer leaves it open. */
    count: z.optional(idSchema),
  }),
  /** How many product people the development team keeps busy: one per `per` of the question's number, at least one. */
  capacity: z.strictObject({
    question: idSchema,
    per: z.int().check(z.gte(1), z.lte(100)),
  }),
  /** A product function built from nothing with at least `from` hires starts with this role. */
  lead: z.strictObject({ role: idSchema, from: z.int().check(z.gte(2), z.lte(20)), because: shortText }),
  /** The most people the plan hires at once; the rest within the budget follow within the year. */
  nowAtMost: z.int().check(z.gte(1), z.lte(20)),
  /** The person in place for `role` (one person doing both jobs) keeps this role when the outcome is `both`, else the half the outcome does not hire. */
  keeps: z.strictObject({ role: idSchema, both: idSchema }),
  /** What to hire first, in order: the first entry whose conditions hold names the role, with why. */
  first: z
    .array(
      z.strictObject({
        role: idSchema,
        all: z.array(conditionSchema).check(z.minLength(1), z.maxLength(4)),
        any: z.optional(z.array(conditionSchema).check(z.minLength(1), z.maxLength(4))),
        because: shortText,
      }),
    )
    .check(z.maxLength(8)),
  /** Two needs within this many points are close: the plan says so and names the answer that tips it. */
  closeWithin: z.number().check(z.gte(0), z.lte(100)),
  noGap: z.strictObject({
    below: z.record(idSchema, z.number().check(z.gte(0), z.lte(100))),
    strain: z.array(conditionSchema).check(z.maxLength(8)),
  }),
});
export type Plan = z.infer<typeof planSchema>;

export const bankSchema = z.strictObject({
  /** Editors use it for autocompletion; the engine ignores it. */
  $schema: z.optional(z.string().check(z.maxLength(200))),
  id: idSchema,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'Use a version like 1.2.0')),
  locale: z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'Use a locale like en or en-GB')),
  title: shortText,
  intro: longText,
  /** Rough time to complete, in minutes, for the landing page. */
  minutes: z.int().check(z.gte(1), z.lte(60)),
  dimensions: z.array(dimensionSchema).check(z.minLength(1), z.maxLength(8)),
  questions: z.array(questionSchema).check(z.minLength(1), z.maxLength(40)),
  /**
   * The order of questions in share links, when it differs from the order they are asked in:
   * questions added later go at its end, so links made before still decode.
   */
  linkOrder: z.optional(z.array(idSchema).check(z.maxLength(40))),
  /**
   * Content hashes of earlier versions whose answers mean the same as this one's: links and
   * files that carry one open with no "the questions changed" notice.
   */
  formerHashes: z.optional(z.array(z.string().check(z.regex(/^[0-9a-f]{8}$/))).check(z.maxLength(20))),
  outcomes: z.array(outcomeSchema).check(z.length(outcomeIds.length)),
  /** How dimension scores pick the outcome. */
  decision: decisionSchema,
  /** Deterministic tie rule: on equal fit or dimension score, the outcome listed first wins. */
  tieOrder: z.array(outcomeIdSchema).check(z.length(outcomeIds.length)),
  /**
   * Answers that do not go together in a real company (an idea-stage company with 300
   * engineers): "What would change it" never suggests a change that makes one hold.
   */
  conflicts: z.optional(z.array(conflictSchema).check(z.maxLength(20))),
  /** Seed rules that hold whatever the scores: checked by property tests over every answer set. */
  rules: z.optional(z.array(ruleSchema).check(z.maxLength(20))),
  plan: z.optional(planSchema),
  /** Under this share (0-100) of the scoring weight answered, the result is only tentative. */
  tentativeBelow: z.optional(z.number().check(z.gte(0), z.lte(100))),
});
export type Bank = z.infer<typeof bankSchema>;

/** One answer: an option id, several option ids, a whole number, or "unsure". */
export const answerSchema = z.union([
  z.literal(UNSURE),
  idSchema,
  z.array(idSchema).check(z.maxLength(12)),
  z.number(),
]);
export type Answer = z.infer<typeof answerSchema>;

/** Answers keyed by question id. A question with no key has not been answered. */
export type Answers = Readonly<Record<string, Answer>>;
