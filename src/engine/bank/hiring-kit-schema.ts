/**
 * The hiring kit file's shape (questions/hiring-kit.en.json), declared once, and its checks
 * against the bank it is written for. The app bundles the kit as trusted data, as it does the
 * bank: `validate:questions` (and with it every build) runs `parseHiringKit` on it, so Zod stays
 * out of the result screen's download.
 */
import * as z from 'zod/mini';
import type { BankIssue } from './bank-issues';
import { conditionSchema, idSchema, shortText, type Bank, type Condition } from './schema';

const text = z.string().check(z.minLength(1), z.maxLength(300));
const conditions = (max: number) => z.optional(z.array(conditionSchema).check(z.minLength(1), z.maxLength(max)));

/**
 * A line said only when its conditions hold: every one in `all` and, if given, one in `any`.
 * `{question-id}` in the text names a number question and becomes its answer ("12 engineers");
 * the line is left out when that answer is missing, "Not sure" or hidden.
 */
export const kitLineSchema = z.strictObject({
  text,
  all: conditions(6),
  any: conditions(8),
});

/** A line of the shared intake lists, for some roles only when `roles` is given. */
export const sharedLineSchema = z.strictObject({
  ...kitLineSchema.shape,
  roles: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(6))),
});

/** One attribute of a scorecard, with what each rating looks like. */
export const kitAttributeSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  /** What the attribute means for this role, in a line. */
  means: shortText,
  weak: shortText,
  fair: shortText,
  good: shortText,
  strong: shortText,
});

export const kitQuestionSchema = z.strictObject({
  text,
  /** The attribute of the role's scorecard the question tests. */
  attribute: idSchema,
});

/** A question asked only when its conditions hold, with why, in words true whenever they do. */
export const kitExtraQuestionSchema = z.strictObject({
  ...kitQuestionSchema.shape,
  because: shortText,
  all: conditions(6),
  any: conditions(8),
});

/** The most interview questions one role's kit lists; extras that hold fill what the base leaves. */
export const MAX_KIT_QUESTIONS = 10;

export const roleKitSchema = z.strictObject({
  attributes: z.array(kitAttributeSchema).check(z.minLength(4), z.maxLength(6)),
  /** Asked of every candidate for the role. */
  questions: z.array(kitQuestionSchema).check(z.minLength(6), z.maxLength(MAX_KIT_QUESTIONS)),
  /** Asked when the company's answers call for them, in this order of preference. */
  extra: z.optional(z.array(kitExtraQuestionSchema).check(z.maxLength(12))),
  /** What the hire owns, for the hiring manager's intake checklist. */
  owns: z.array(kitLineSchema).check(z.minLength(1), z.maxLength(8)),
});

export const hiringKitFileSchema = z.strictObject({
  id: idSchema,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'Use a version like 1.2.0')),
  locale: z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'Use a locale like en or en-GB')),
  /** The id of the question bank whose answers and plan roles the kit reads. */
  bank: idSchema,
  /** Keyed by the plan's role ids. */
  roles: z.record(idSchema, roleKitSchema),
  /** Who the hire works with, from the answers. */
  workWith: z.array(sharedLineSchema).check(z.maxLength(30)),
  /** What success looks like after 90 days, from the answers. */
  success: z.array(sharedLineSchema).check(z.maxLength(30)),
});
export type HiringKitFile = z.infer<typeof hiringKitFileSchema>;
export type RoleKitData = z.infer<typeof roleKitSchema>;
export type KitLine = z.infer<typeof kitLineSchema>;

export type ParsedHiringKit = { ok: true; kit: HiringKitFile } | { ok: false; issues: BankIssue[] };

/** `{question-id}` slots in a line's text. */
export const SLOT = /\{([a-z][a-z0-9-]*)\}/g;

function pathOf(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>(
    (path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${String(part)}` : String(part)),
    '',
  );
}

/** Checks that need the bank: every reference resolves, every plan role has a kit. */
function checkAgainstBank(kit: HiringKitFile, bank: Bank): BankIssue[] {
  const issues: BankIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (kit.bank !== bank.id) add('bank', `the kit is for "${kit.bank}", not "${bank.id}"`);
  for (const role of bank.plan?.roles ?? [])
    if (!Object.hasOwn(kit.roles, role.id)) add('roles', `plan role "${role.id}" has no kit`);

  const checkCondition = (condition: Condition, path: string) => {
    const target = bank.questions.find((question) => question.id === condition.question);
    if (!target) return add(`${path}.question`, `"${condition.question}" is not a question`);
    if ('anyOf' in condition) {
      if (target.type === 'number') return add(`${path}.anyOf`, `"${target.id}" is a number question: use min and max`);
      condition.anyOf.forEach((id, i) => {
        if (!target.options.some((option) => option.id === id))
          add(`${path}.anyOf[${i}]`, `"${id}" is not an option of "${target.id}"`);
      });
    } else if (target.type !== 'number') add(path, `"${target.id}" is not a number question: use anyOf`);
    else if (condition.min === undefined && condition.max === undefined) add(path, 'give min, max or both');
  };
  const checkLine = (line: KitLine & { roles?: string[] }, path: string) => {
    line.all?.forEach((condition, i) => checkCondition(condition, `${path}.all[${i}]`));
    line.any?.forEach((condition, i) => checkCondition(condition, `${path}.any[${i}]`));
    for (const [, id] of line.text.matchAll(SLOT))
      if (bank.questions.find((question) => question.id === id)?.type !== 'number')
        add(`${path}.text`, `{${id ?? ''}} is not a number question`);
    line.roles?.forEach((id, i) => {
      if (!Object.hasOwn(kit.roles, id)) add(`${path}.roles[${i}]`, `"${id}" is not a role of the kit`);
    });
  };

  for (const [id, role] of Object.entries(kit.roles)) {
    const at = `roles.${id}`;
    const attributeIds = role.attributes.map((attribute) => attribute.id);
    attributeIds.forEach((attribute, i) => {
      if (attributeIds.indexOf(attribute) !== i) add(`${at}.attributes`, `attribute id "${attribute}" is used twice`);
      if (!role.questions.some((question) => question.attribute === attribute))
        add(`${at}.attributes[${i}]`, `no question tests "${attribute}"`);
    });
    const checkQuestion = (question: { attribute: string }, path: string) => {
      if (!attributeIds.includes(question.attribute))
        add(`${path}.attribute`, `"${question.attribute}" is not an attribute of "${id}"`);
    };
    role.questions.forEach((question, i) => checkQuestion(question, `${at}.questions[${i}]`));
    role.extra?.forEach((question, i) => {
      checkQuestion(question, `${at}.extra[${i}]`);
      checkLine(question, `${at}.extra[${i}]`);
    });
    role.owns.forEach((line, i) => checkLine(line, `${at}.owns[${i}]`));
  }
  kit.workWith.forEach((line, i) => checkLine(line, `workWith[${i}]`));
  kit.success.forEach((line, i) => checkLine(line, `success[${i}]`));
  return issues;
}

/**
 * Parses an untrusted hiring kit for a bank: its shape (strict), then that every question
 * names an attribute of its role and every attribute is tested, every condition and `{slot}`
 * names a question (and options) of the bank, and every role of the bank's plan has a kit.
 * Returns every problem with its JSON path.
 */
export function parseHiringKit(input: unknown, bank: Bank): ParsedHiringKit {
  const parsed = hiringKitFileSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ path: pathOf(issue.path) || '(root)', message: issue.message })),
    };
  const issues = checkAgainstBank(parsed.data, bank);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, kit: parsed.data };
}
