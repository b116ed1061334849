/** English messages: documents. Other languages copy these keys (src/i18n/messages/de/documents.ts). */
const documents = {
  /** Where a document names its day and the date is not a real one. */
  unknownDate: 'unknown date',
  /** Sentences both summaries share (src/engine/words/summary-markdown.ts, summary-text.ts). */
  summary: {
    title: 'Role Fit result: {headline}',
    /** The title when the answers have a name (MarkdownOptions.name). */
    titleNamed: 'Role Fit result for {name}: {headline}',
    howSure: 'How sure: {word}. {text}',
    /** A main reason; the Markdown adds a full stop. `which` is the clause saying what it adds to (advice's reasonWhich). */
    reason: '{topic}: {answer}',
    reasonWithEffect: '{topic}: {answer}, {which}',
  },
  /** The Markdown summary (src/engine/words/summary-markdown.ts). */
  markdown: {
    questionSet: 'Question set {title} ({id} {version}), {date}.',
    recommendation: 'Recommendation',
    tentative:
      'Tentative: under half of what the questions can weigh is answered. These would matter most: {questions}.',
    hiringPlan: 'Hiring plan',
    coverage: {
      one: '{answered} of {count} question answered, {unsure} “Not sure”, {weight}% of what the questions can weigh.',
      other:
        '{answered} of {count} questions answered, {unsure} “Not sure”, {weight}% of what the questions can weigh.',
    },
    fitScores: 'Fit scores',
    fitCaption:
      'How well each option fits, out of 100: 100 is where the answers lead, and the further an option is from 100, the more the answers would have to change to reach it.',
    option: 'Option',
    fit: 'Fit',
    ruledOut: 'ruled out',
    dimensionScores: 'Dimension scores',
    dimensionCaption: 'Where the company stands on each dimension, out of 100:',
    dimension: 'Dimension',
    score: 'Score',
    mainReasons: 'Main reasons',
    noReason: 'No single answer stood out.',
    whatWouldChange: 'What would change it',
    whatTheRoleDoes: 'What the role does',
    responsibilities: 'Responsibilities',
    skills: 'Skills to hire for',
    whenToRevisit: 'When to revisit',
    noRevisit: 'None of the answers that could change soon would alter this on its own.',
    /** `outcomes` is a list joined with "or". */
    revisitPoint: '{when} ({topic}, now {now}): this could lead to {outcomes}.',
    jobPostStarters: { one: 'Job post starter', other: 'Job post starters' },
    jobPostIntro: 'A draft to adapt: add your company, team, location and how you work.',
    aboutTheRole: 'About the role.',
    whatYouWillDo: 'What you will do',
    whatYouBring: 'What you bring',
    yourAnswers: 'Your answers',
    answersCaption: 'Every question, in the order asked:',
    question: 'Question',
    answer: 'Answer',
    notAsked: 'Not asked (did not apply)',
    madeWith:
      'Made with Role Fit on {date} from question set {id} version {version} (content {hash}). The result is advice from your answers, not a verdict.',
    madeWithNoDate:
      'Made with Role Fit on an unknown date from question set {id} version {version} (content {hash}). The result is advice from your answers, not a verdict.',
  },
  /** The plain-text summary for email and chat (src/engine/words/summary-text.ts). */
  text: {
    hiringPlan: 'Hiring plan: {plan}',
    mainReasons: 'Main reasons:',
    whatWouldChange: 'What would change it:',
    whenToRevisit: 'When to revisit:',
    madeWith: 'Made with Role Fit on {date} from question set {id} {version}.',
    madeWithNoDate: 'Made with Role Fit on an unknown date from question set {id} {version}.',
  },
  /** The hiring kit in Markdown (src/engine/words/hiring-kit-markdown.ts). */
  kit: {
    title: { one: 'Hiring kit', other: 'Hiring kits' },
    madeWith: 'Made with Role Fit on {date} from your answers. Adapt it to your company before the first interview.',
    madeWithNoDate:
      'Made with Role Fit on an unknown date from your answers. Adapt it to your company before the first interview.',
    none: 'No kit yet: the result is tentative. Answer more questions to get a recommendation and its kit.',
    hiring: 'Hiring {people}.',
    intake: 'Intake checklist for the hiring manager',
    owns: 'What the hire owns',
    workWith: 'Who they work with',
    success: 'What success looks like after 90 days',
    scorecard: 'Scorecard',
    scorecardHelp:
      'Rate each attribute weak, fair, good or strong, from what the candidate showed, before talking with the other interviewers.',
    attribute: 'Attribute',
    weak: 'Weak',
    fair: 'Fair',
    good: 'Good',
    strong: 'Strong',
    interviewQuestions: 'Interview questions',
    /** After each interview question, in parentheses: the attribute it tests, and why it is asked. */
    tests: '{attribute}',
    testsBecause: '{attribute}; asked because: {because}',
  },
  /** The printed or PDF result's record of the answers (src/features/result/print-record.tsx). */
  printRecord: {
    yourAnswers: 'Your answers',
    theirAnswers: 'Their answers',
    namedAnswers: '{name}’s answers',
    madeWith: 'Made with Role Fit on {date} from the question set “{title}” ({id} {version}).',
    madeWithNoDate: 'Made with Role Fit on an unknown date from the question set “{title}” ({id} {version}).',
  },
  /** The command line's `--format text` summary (cli/text-summary.ts). */
  cli: {
    recommendation: 'Recommendation: {headline} ({outcome}, status {status})',
    confidence: 'Confidence: {word}. {text}',
    plan: 'Plan:',
    fit: 'Fit (100: where the answers lead; the lower, the more the answers would have to change):',
    ruledOut: 'ruled out',
    dimensions: 'Dimensions:',
    coverage: {
      one: 'Coverage: {answered} of {count} question answered, {weight}% of the weight',
      other: 'Coverage: {answered} of {count} questions answered, {weight}% of the weight',
    },
    whatWouldChange: 'What would change it:',
  },
};

export default documents;
