/**
 * A hiring kit for each role in the plan: a scorecard, interview questions tied to its
 * attributes, and the hiring manager's intake checklist. Everything is chosen from the kit
 * file by the answers; a line whose conditions do not hold, or that would name an answer that
 * is missing, "Not sure" or hidden, is left out, so every sentence holds for this company.
 */
import { peopleText } from '../words/plan-words';
import { allHold } from './compile';
import { answerLabel } from '../words/describe';
import type { Evaluation } from './evaluate';
import { isShown } from './flow';
import { MAX_KIT_QUESTIONS, SLOT, type HiringKitFile, type KitLine, type RoleKitData } from '../bank/hiring-kit-schema';
import type { Answers, Bank } from '../bank/schema';

export interface ScorecardAttribute {
  id: string;
  name: string;
  /** What the attribute means for this role. */
  means: string;
  weak: string;
  fair: string;
  good: string;
  strong: string;
}

export interface InterviewQuestion {
  text: string;
  /** The scorecard attribute it tests: its id and name. */
  attribute: string;
  attributeName: string;
  /** Why this company asks it; absent for the questions every candidate is asked. */
  because?: string;
}

export interface RoleKit {
  role: string;
  /** The plan's suggested title, and how many in words ("2 Senior Product Owners"). */
  title: string;
  people: string;
  scorecard: ScorecardAttribute[];
  /** Grouped by the scorecard's attributes, in its order. */
  questions: InterviewQuestion[];
  intake: {
    owns: string[];
    workWith: string[];
    success: string[];
  };
}

/** The line's text with each `{question}` slot filled, or undefined when it does not hold for these answers. */
function say(bank: Bank, answers: Answers, line: KitLine): string | undefined {
  if (line.all && !allHold(bank, answers, line.all)) return undefined;
  if (line.any && !line.any.some((condition) => allHold(bank, answers, [condition]))) return undefined;
  const missing: string[] = [];
  const text = line.text.replace(SLOT, (slot, id: string) => {
    const question = bank.questions.find((candidate) => candidate.id === id);
    const answer = answers[id];
    // A number only: "Not sure" and open answers give no sentence.
    if (!question || typeof answer !== 'number' || !isShown(bank, answers, id)) {
      missing.push(id);
      return slot;
    }
    return answerLabel(question, answer, bank.locale);
  });
  return missing.length > 0 ? undefined : text;
}

function questionsFor(bank: Bank, answers: Answers, data: RoleKitData): InterviewQuestion[] {
  const nameOf = (id: string) => data.attributes.find((attribute) => attribute.id === id)?.name ?? id;
  const extras = (data.extra ?? [])
    .filter((question) => say(bank, answers, question) !== undefined)
    .slice(0, Math.max(0, MAX_KIT_QUESTIONS - data.questions.length));
  const all: InterviewQuestion[] = [
    ...data.questions.map((question) => ({ ...question, attributeName: nameOf(question.attribute) })),
    ...extras.map(({ text, attribute, because }) => ({ text, attribute, because, attributeName: nameOf(attribute) })),
  ];
  // An interviewer works down the scorecard: each attribute's questions together.
  const order = data.attributes.map((attribute) => attribute.id);
  return all
    .map((question, at) => ({ question, at }))
    .sort((a, b) => order.indexOf(a.question.attribute) - order.indexOf(b.question.attribute) || a.at - b.at)
    .map(({ question }) => question);
}

/**
 * The hiring kit for each role the plan needs, most urgent first; none for a tentative
 * result, which recommends nothing yet, nor for a role the kit file does not cover.
 */
export function hiringKits(bank: Bank, kit: HiringKitFile, answers: Answers, evaluation: Evaluation): RoleKit[] {
  if (evaluation.status === 'tentative' || !evaluation.plan) return [];
  const lines = (list: readonly (KitLine & { roles?: string[] })[], role: string) =>
    list
      .filter((line) => !line.roles || line.roles.includes(role))
      .map((line) => say(bank, answers, line))
      .filter((text): text is string => text !== undefined);
  return evaluation.plan.needs.flatMap((need): RoleKit[] => {
    const data = Object.hasOwn(kit.roles, need.role) ? kit.roles[need.role] : undefined;
    if (!data) return [];
    return [
      {
        role: need.role,
        title: need.title,
        people: peopleText(bank, need),
        scorecard: data.attributes.map((attribute) => ({ ...attribute })),
        questions: questionsFor(bank, answers, data),
        intake: {
          owns: lines(data.owns, need.role),
          workWith: lines(kit.workWith, need.role),
          success: lines(kit.success, need.role),
        },
      },
    ];
  });
}
