/** The engine's only public surface: pure TypeScript, shared by the browser app and the command line. */
export { UNSURE, outcomeIds } from './bank/constants';
export {
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
} from './bank/schema';
export { parseBank, type ParsedBank } from './bank/load';
export { formatBankIssues, type BankIssue } from './bank/bank-issues';
export {
  checkAnswers,
  inBankOrder,
  type AnswerError,
  type AnswerErrorCode,
  type CheckedAnswers,
} from './scoring/answers';
export {
  questionFlow,
  isShown,
  nextQuestion,
  previousQuestion,
  dropHiddenAnswers,
  answerInFlow,
  type Flow,
  type Answered,
} from './scoring/flow';
export {
  evaluate,
  recommend,
  classify,
  applyEdits,
  type Evaluation,
  type Change,
  type Edit,
  type Contribution,
  type Coverage,
  type Robustness,
} from './scoring/evaluate';
export { answerLabel, questionById, outcomeById, robustnessText, confidenceWord, restsOnText } from './words/describe';
export { bankJsonSchema } from './bank/json-schema';
export { bankHash } from './bank/bank-hash';
export {
  encodeShareLink,
  decodeShareLink,
  decoders as shareLinkDecoders,
  SHARE_LINK_VERSION,
  MAX_SHARE_LINK_LENGTH,
  QUESTIONS_CHANGED_NOTICE,
  type Decoder as ShareLinkDecoder,
  type DecodedShareLink,
  type ShareLinkError,
  type ShareLinkErrorCode,
} from './exchange/share-link';
export {
  resultFileSchema,
  buildResultFile,
  resultFileText,
  parseResultFile,
  resultFileJsonSchema,
  RESULT_FILE_VERSION,
  MAX_RESULT_FILE_CHARS,
  type ResultFile,
  type ParsedResultFile,
  type BankChanges,
} from './exchange/result-file';
export { buildMarkdownSummary, escapeMarkdown, type MarkdownOptions } from './words/summary-markdown';
export { buildTextSummary } from './words/summary-text';
export {
  leadLine,
  headline,
  headlineOf,
  situationLine,
  planSentences,
  planDetails,
  planLine,
  peopleText,
} from './words/plan-words';
export {
  runnerUpLine,
  changeLines,
  reasonEffect,
  reasonWhich,
  shortAnswer,
  confidenceLines,
  ruledOutLines,
  openQuestionTitles,
  jobPosts,
  jobPostText,
  type JobPost,
} from './words/advice';
export type { Hire, HiringPlan, Need, InPlace, Order } from './scoring/plan';
export {
  topReasons,
  revisitPoints,
  describeChange,
  ruledOut,
  excludedOutcomes,
  insteadOutcome,
  type Reason,
  type RevisitPoint,
} from './words/explain';
export {
  compareResults,
  personName,
  agreementLine,
  MIN_PEOPLE,
  MAX_PEOPLE,
  MAX_NAME_LENGTH,
  type Person,
  type ComparedPerson,
  type Difference,
  type Comparison,
} from './scoring/compare';
export {
  encodeCompareLink,
  decodeCompareLink,
  decodeLink,
  isCompareLink,
  COMPARE_LINK_VERSION,
  MAX_COMPARE_LINK_LENGTH,
  COMPARISON_CHANGED_NOTICE,
  type CompareLinkError,
  type CompareLinkErrorCode,
  type DecodedCompareLink,
  type DecodedLink,
} from './exchange/compare-link';
export { buildComparisonMarkdown, type ComparisonMarkdownOptions } from './words/compare-markdown';
export { hiringKits, type RoleKit, type ScorecardAttribute, type InterviewQuestion } from './scoring/hiring-kit';
export { buildHiringKitMarkdown, type KitMarkdownOptions } from './words/hiring-kit-markdown';
export { parseHiringKit, type HiringKitFile, type ParsedHiringKit } from './bank/hiring-kit-schema';
