import { compileBank } from '../scoring/compile';
import type { BankIssue } from './bank-issues';
import { canReach } from './reachable';
import { UNSURE, bankSchema, outcomeIds, type Bank, type Condition, type Plan } from './schema';

export type ParsedBank = { ok: true; bank: Bank } | { ok: false; issues: BankIssue[] };

function pathOf(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>(
    (path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${String(part)}` : String(part)),
    '',
  );
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return twice;
}

/** Checks that need the whole bank: ids, references, bands, tie order. */
function checkReferences(bank: Bank): BankIssue[] {
  const issues: BankIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const dimensionIds = new Set(bank.dimensions.map((d) => d.id));
  const checkWeights = (weights: Record<string, number>, path: string) => {
    for (const key of Object.keys(weights))
      if (!dimensionIds.has(key)) add(`${path}.weights.${key}`, `"${key}" is not a declared dimension`);
  };

  for (const id of duplicates(bank.dimensions.map((d) => d.id)))
    add('dimensions', `dimension id "${id}" is used twice`);
  for (const id of duplicates(bank.questions.map((q) => q.id))) add('questions', `question id "${id}" is used twice`);

  /** A condition names an option or range of a question; `before` requires an earlier question. */
  const checkCondition = (condition: Condition, cpath: string, before = bank.questions.length) => {
    const target = bank.questions.slice(0, before).find((q) => q.id === condition.question);
    if (!target) {
      const later = bank.questions.some((q) => q.id === condition.question);
      return add(
        `${cpath}.question`,
        later
          ? `"${condition.question}" must come before the question it controls`
          : `"${condition.question}" is not a question`,
      );
    }
    if ('anyOf' in condition) {
      if (target.type === 'number')
        return add(`${cpath}.anyOf`, `"${target.id}" is a number question: use min and max`);
      const optionIds = target.options.map((o) => o.id);
      condition.anyOf.forEach((id, oi) => {
        if (!optionIds.includes(id)) add(`${cpath}.anyOf[${oi}]`, `"${id}" is not an option of "${target.id}"`);
      });
    } else {
      if (target.type !== 'number') return add(cpath, `"${target.id}" is not a number question: use anyOf`);
      if (condition.min === undefined && condition.max === undefined) add(cpath, 'give min, max or both');
      if (condition.min !== undefined && condition.max !== undefined && condition.min > condition.max)
        add(cpath, 'min is greater than max');
    }
  };

  bank.questions.forEach((question, qi) => {
    const at = `questions[${qi}]`;
    question.showIf?.forEach((condition, ci) => checkCondition(condition, `${at}.showIf[${ci}]`, qi));
    question.revisitWith?.forEach((id, ri) => {
      if (question.type === 'number') add(`${at}.revisitWith`, 'a number question revisits going up: leave it out');
      else if (!question.options.some((option) => option.id === id))
        add(`${at}.revisitWith[${ri}]`, `"${id}" is not an option of "${question.id}"`);
    });
    checkMoves(question, at, add);
    if (question.type === 'number') {
      if (question.min >= question.max) add(`${at}.max`, 'max must be greater than min');
      let expectedMin = question.min;
      question.bands.forEach((band, bi) => {
        const bpath = `${at}.bands[${bi}]`;
        checkWeights(band.weights, bpath);
        if (band.min > band.max) add(bpath, `band min ${band.min} is greater than its max ${band.max}`);
        if (band.min > expectedMin) add(`${bpath}.min`, `gap: nothing covers ${expectedMin} to ${band.min - 1}`);
        if (band.min < expectedMin)
          add(`${bpath}.min`, `overlap: ${band.min} to ${expectedMin - 1} is already covered`);
        expectedMin = band.max + 1;
      });
      if (expectedMin - 1 !== question.max)
        add(`${at}.bands`, `the bands must end at the question's max, ${question.max}; they end at ${expectedMin - 1}`);
    } else {
      for (const id of duplicates(question.options.map((o) => o.id)))
        add(`${at}.options`, `option id "${id}" is used twice`);
      question.options.forEach((option, oi) => {
        if (option.id === UNSURE) add(`${at}.options[${oi}].id`, `"${UNSURE}" is reserved for "Not sure"`);
        if (option.exclusive && question.type !== 'multiple')
          add(`${at}.options[${oi}].exclusive`, 'only multiple-choice options can be exclusive');
        checkWeights(option.weights, `${at}.options[${oi}]`);
      });
      if (question.type === 'multiple' && question.maxChoices > question.options.length)
        add(`${at}.maxChoices`, `there are only ${question.options.length} options`);
    }
  });

  const outcomeIdList = bank.outcomes.map((o) => o.id);
  for (const id of duplicates(outcomeIdList)) add('outcomes', `outcome "${id}" is declared twice`);
  for (const id of outcomeIds) if (!outcomeIdList.includes(id)) add('outcomes', `outcome "${id}" is missing`);
  checkDecision(bank, dimensionIds, add);
  for (const id of duplicates(bank.tieOrder)) add('tieOrder', `"${id}" is listed twice`);
  bank.outcomes.forEach((outcome, oi) =>
    outcome.variants?.forEach((variant, vi) =>
      variant.all.forEach((condition, ci) => checkCondition(condition, `outcomes[${oi}].variants[${vi}].all[${ci}]`)),
    ),
  );
  bank.conflicts?.forEach((conflict, ki) =>
    conflict.all.forEach((condition, ci) => checkCondition(condition, `conflicts[${ki}].all[${ci}]`)),
  );
  for (const id of duplicates((bank.rules ?? []).map((rule) => rule.id))) add('rules', `rule id "${id}" is used twice`);
  bank.rules?.forEach((rule, ri) => {
    rule.all.forEach((condition, ci) => checkCondition(condition, `rules[${ri}].all[${ci}]`));
    rule.any?.forEach((condition, ci) => checkCondition(condition, `rules[${ri}].any[${ci}]`));
    if (outcomeIds.every((id) => rule.exclude.includes(id)))
      add(`rules[${ri}].exclude`, 'a rule must leave an outcome');
  });
  if (bank.plan) checkPlan(bank, bank.plan, add, checkCondition);
  if (bank.linkOrder) {
    const ids = bank.questions.map((q) => q.id);
    for (const id of duplicates(bank.linkOrder)) add('linkOrder', `"${id}" is listed twice`);
    bank.linkOrder.forEach((id, i) => {
      if (!ids.includes(id)) add(`linkOrder[${i}]`, `"${id}" is not a question`);
    });
    for (const id of ids) if (!bank.linkOrder.includes(id)) add('linkOrder', `question "${id}" is missing`);
  }
  return issues;
}

/** A question's moves fit its type and name its own options. */
function checkMoves(
  question: Bank['questions'][number],
  at: string,
  add: (path: string, message: string) => void,
): void {
  const { moves } = question;
  if (moves === undefined) return;
  if (typeof moves === 'string') {
    const fits =
      question.type === 'number'
        ? moves === 'up'
        : question.type === 'multiple'
          ? moves === 'add' || moves === 'add-remove'
          : moves === 'forward' || moves === 'step';
    if (!fits) add(`${at}.moves`, `"${moves}" does not fit a ${question.type} question`);
    return;
  }
  if (question.type === 'number') return add(`${at}.moves`, 'a number question moves "up"');
  const optionIds = question.options.map((o) => o.id);
  for (const [from, targets] of Object.entries(moves)) {
    if (!optionIds.includes(from)) add(`${at}.moves.${from}`, `"${from}" is not an option of "${question.id}"`);
    targets.forEach((id, ti) => {
      if (!optionIds.includes(id)) add(`${at}.moves.${from}[${ti}]`, `"${id}" is not an option of "${question.id}"`);
    });
  }
}

/** The decision names declared dimensions, and each outcome in exactly one of its tiers. */
function checkDecision(bank: Bank, dimensionIds: Set<string>, add: (path: string, message: string) => void): void {
  const { small, large, otherwise } = bank.decision;
  const zones = [
    ['small', small],
    ['large', large],
  ] as const;
  for (const [name, zone] of zones)
    zone.sum.forEach((term, ti) =>
      term.of.forEach((id, di) => {
        if (!dimensionIds.has(id)) add(`decision.${name}.sum[${ti}].of[${di}]`, `"${id}" is not a declared dimension`);
      }),
    );
  otherwise.forEach((entry, ei) => {
    if (!dimensionIds.has(entry.dimension))
      add(`decision.otherwise[${ei}].dimension`, `"${entry.dimension}" is not a declared dimension`);
  });
  const named = [small.outcome, large.outcome, ...otherwise.map((entry) => entry.outcome)];
  for (const id of duplicates(named)) add('decision', `outcome "${id}" is named twice`);
  for (const id of outcomeIds) if (!named.includes(id)) add('decision', `outcome "${id}" is in no tier`);
}

/** The plan names declared roles, dimensions and options, and every outcome has its roles. */
function checkPlan(
  bank: Bank,
  plan: Plan,
  add: (path: string, message: string) => void,
  checkCondition: (condition: Condition, path: string) => void,
): void {
  const dimensionIds = new Set(bank.dimensions.map((d) => d.id));
  const roleIds = plan.roles.map((role) => role.id);
  for (const id of duplicates(roleIds)) add('plan.roles', `role id "${id}" is used twice`);
  if (!dimensionIds.has(plan.level)) add('plan.level', `"${plan.level}" is not a declared dimension`);
  // The schema already requires roles for every outcome.
  for (const id of outcomeIds)
    plan.hires[id].forEach((role, i) => {
      if (!roleIds.includes(role)) add(`plan.hires.${id}[${i}]`, `"${role}" is not a declared role`);
    });
  const choiceQuestion = (id: string, path: string) => {
    const question = bank.questions.find((q) => q.id === id);
    if (!question) add(path, `"${id}" is not a question`);
    return question;
  };
  plan.roles.forEach((role, ri) => {
    const at = `plan.roles[${ri}]`;
    if (!dimensionIds.has(role.dimension)) add(`${at}.dimension`, `"${role.dimension}" is not a declared dimension`);
    if (role.alsoCovers !== undefined && !dimensionIds.has(role.alsoCovers))
      add(`${at}.alsoCovers`, `"${role.alsoCovers}" is not a declared dimension`);
    if (role.titles.length !== plan.levels.length)
      add(`${at}.titles`, `give one title for each of the plan's ${plan.levels.length} levels`);
    role.inPlace?.forEach((entry, ei) => {
      entry.all.forEach((condition, ci) => checkCondition(condition, `${at}.inPlace[${ei}].all[${ci}]`));
      if (entry.count !== undefined && choiceQuestion(entry.count, `${at}.inPlace[${ei}].count`)?.type !== 'number')
        add(`${at}.inPlace[${ei}].count`, `"${entry.count}" must be a number question`);
    });
    role.ownedBy?.forEach((id, oi) => {
      if (!(bank.rules ?? []).some((rule) => rule.id === id)) add(`${at}.ownedBy[${oi}]`, `"${id}" is not a rule`);
    });
    role.headcount?.by.forEach((rule, ri) => {
      const rat = `${at}.headcount.by[${ri}]`;
      const question = choiceQuestion(rule.question, `${rat}.question`);
      if (!question) return;
      if ('per' in rule) {
        if (question.type !== 'number') add(rat, `"${question.id}" is not a number question: use byOption`);
      } else if (question.type === 'number') add(rat, `"${question.id}" is a number question: use per`);
      else
        for (const id of Object.keys(rule.byOption))
          if (!question.options.some((o) => o.id === id))
            add(`${rat}.byOption.${id}`, `"${id}" is not an option of "${question.id}"`);
    });
  });
  const budget = choiceQuestion(plan.budget.question, 'plan.budget.question');
  if (budget && budget.type === 'number') add('plan.budget.question', `"${budget.id}" must be a choice question`);
  else if (budget)
    for (const id of Object.keys(plan.budget.salaries))
      if (!budget.options.some((o) => o.id === id))
        add(`plan.budget.salaries.${id}`, `"${id}" is not an option of "${budget.id}"`);
  if (plan.budget.count !== undefined && choiceQuestion(plan.budget.count, 'plan.budget.count')?.type !== 'number')
    add('plan.budget.count', `"${plan.budget.count}" must be a number question`);
  if (choiceQuestion(plan.capacity.question, 'plan.capacity.question')?.type !== 'number')
    add('plan.capacity.question', `"${plan.capacity.question}" must be a number question`);
  const namesRole = (id: string, path: string) => {
    if (!roleIds.includes(id)) add(path, `"${id}" is not a declared role`);
  };
  namesRole(plan.lead.role, 'plan.lead.role');
  namesRole(plan.keeps.role, 'plan.keeps.role');
  namesRole(plan.keeps.both, 'plan.keeps.both');
  plan.first.forEach((entry, fi) => {
    namesRole(entry.role, `plan.first[${fi}].role`);
    entry.all.forEach((condition, ci) => checkCondition(condition, `plan.first[${fi}].all[${ci}]`));
    entry.any?.forEach((condition, ci) => checkCondition(condition, `plan.first[${fi}].any[${ci}]`));
  });
  for (const id of Object.keys(plan.noGap.below))
    if (!dimensionIds.has(id)) add(`plan.noGap.below.${id}`, `"${id}" is not a declared dimension`);
  plan.noGap.strain.forEach((condition, ci) => checkCondition(condition, `plan.noGap.strain[${ci}]`));
}

/**
 * Parses an untrusted bank: its shape (strict: a misspelt key is an error), then unique ids,
 * resolvable references, bands without gap or overlap, and that every outcome can be reached.
 * Returns every problem with its JSON path.
 */
export function parseBank(input: unknown): ParsedBank {
  const parsed = bankSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ path: pathOf(issue.path) || '(root)', message: issue.message })),
    };
  }
  const bank = parsed.data;
  const issues = checkReferences(bank);
  if (issues.length > 0) return { ok: false, issues };
  const compiled = compileBank(bank);
  compiled.outcomes.forEach((outcome, o) => {
    if (!canReach(compiled, o)) {
      const at = bank.outcomes.findIndex((candidate) => candidate.id === outcome.id);
      issues.push({
        path: `outcomes[${at}]`,
        message: `no answers lead to "${outcome.id}": adjust the decision or the weights`,
      });
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, bank };
}
