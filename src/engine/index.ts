/** The engine's only public surface: pure TypeScript, shared by the browser app and the command line. */
export {
  UNSURE,
  outcomeIds,
  bankSchema,
  answerSchema,
  type Answer,
  type Answers,
  type Band,
  type Bank,
  type Condition,
  type Dimension,
  type NumberQuestion,
  type ChoiceQuestion,
  type Option,
  type Outcome,
  type OutcomeId,
  type Question,
  type QuestionType,
} from './schema';
export { parseBank, formatBankIssues, type BankIssue, type ParsedBank } from './load';
export { checkAnswers, type AnswerError, type AnswerErrorCode, type CheckedAnswers } from './answers';
export { visibleQuestions, dropHiddenAnswers } from './visibility';
export {
  evaluate,
  classify,
  applyEdits,
  type Evaluation,
  type Change,
  type Edit,
  type Contribution,
  type Coverage,
  type Robustness,
} from './evaluate';
export { answerLabel, questionById, outcomeById, robustnessText, UNSURE_LABEL } from './describe';
export { bankJsonSchema } from './json-schema';
