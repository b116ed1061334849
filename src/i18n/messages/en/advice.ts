/**
 * English messages: advice, the sentences the engine composes from the answers (src/engine/words/advice.ts,
 * explain.ts, describe.ts). Other languages copy these keys (src/i18n/messages/de/advice.ts).
 * Bank texts arrive as placeholders: {title} and {titles} a job title, {name}/{names} a role's name and
 * plural, {covers} what a role covers, {who} someone in place, {reason}/{because} a bank reason.
 * Where a sentence can open a tentative plan, `tentative` is the whole sentence after "If the answers so far hold".
 */
const advice = {
  /** A quoted answer, title or fact. */
  quote: '“{text}”',
  people: {
    /** People as the subject or in a list after a colon: "a Senior Product Owner", "3 Product Owners". */
    subject: { one: 'a {title}', other: '{count} {titles}' },
    /** People as the object of hiring: "Hire {whom} now". */
    object: { one: 'a {title}', other: '{count} {titles}' },
    /** The plural of a title that does not end with its role's name. */
    titlesOf: '{title}s',
  },
  headline: {
    none: 'No new hire needed',
    /** {people}: the first role's people, then the others, joined as a list. */
    hire: 'Hire {people}',
    first: { one: 'a {name}', other: '{count} {names}' },
    next: { one: 'a {name}', other: '{count} {names}' },
  },
  situation:
    'For a company like this the advice is “{title}”; with the people already there, the plan below is what is left to do.',
  /** The same, when the plan names only its first hire because nothing is urgent. */
  situationCalm:
    'For a company like this the advice is “{title}”; nothing is urgent, so the plan below names only the next hire.',
  lead: {
    tentative: 'Not enough answers to recommend yet. So far the answers lean towards: {title}.',
    calm: 'No urgent gap: your answers show no strain, and no half of the work without anyone on it.',
    calmFirst:
      'No urgent gap: your answers show no strain, and no half of the work without anyone on it. If you add one product hire, make it a {title}.',
  },
  noHire: {
    keeps: {
      plain: 'No new hire is needed now: {who} already covers {covers}.',
      tentative: 'If the answers so far hold: no new hire is needed now: {who} already covers {covers}.',
    },
    /** {reasons}: the bank's sentences on why the work is owned. */
    owned: {
      plain: 'No new hire is needed now. {reasons}',
      tentative: 'If the answers so far hold: no new hire is needed now. {reasons}',
    },
    capped: {
      plain:
        'No new hire is needed now: you already have as many product people as your engineers keep busy (about one for every {per}). Make clear who owns what before adding anyone.',
      tentative:
        'If the answers so far hold: no new hire is needed now: you already have as many product people as your engineers keep busy (about one for every {per}). Make clear who owns what before adding anyone.',
    },
    plain: {
      plain: 'No new hire is needed now.',
      tentative: 'If the answers so far hold: no new hire is needed now.',
    },
  },
  /** Why the first role comes first; {a} and {b} are what the first and second roles cover. */
  order: {
    /** Joins a reason to the sentence before it: "Hire a Product Owner now: {reason}." */
    because: ': {reason}',
    level: '{a} and {b} need an owner as much as each other, so either can come first',
    gap: 'your answers show {a} as clearly the bigger gap',
    close: 'the two needs are close, and {a} is only slightly the bigger gap',
    tip: 'the two needs are close; your answer “{answer}” to “{question}” tips it',
  },
  /** The plan's sentences: {people} in the subject form, {whom} in the object form, {because} from order.because or empty. */
  plan: {
    keeps: {
      plain: 'Of the two halves, {who} keeps {covers}.',
      tentative: 'If the answers so far hold: {who} keeps {covers}.',
    },
    calmPartTime: {
      plain: 'Nothing is urgent: when you do hire, a part-time, fractional or contract {title} can cover {covers}.',
      tentative:
        'If the answers so far hold: nothing is urgent: when you do hire, a part-time, fractional or contract {title} can cover {covers}.',
    },
    calm: {
      plain: 'Nothing is urgent: when you do hire, start with {whom}.',
      tentative: 'If the answers so far hold: nothing is urgent: when you do hire, start with {whom}.',
    },
    partTime: {
      plain:
        'With less than one full salary, bring in a part-time, fractional or contract {title} for {covers}{because}.',
      tentative:
        'If the answers so far hold: with less than one full salary, bring in a part-time, fractional or contract {title} for {covers}{because}.',
    },
    hireNow: {
      plain: 'Hire {whom} now{because}.',
      tentative: 'If the answers so far hold: hire {whom} now{because}.',
    },
    /** By how many people the first hires are. */
    settle: {
      one: 'Then, as the first hire settles in: {people}.',
      other: 'Then, as the first hires settle in: {people}.',
    },
    year: 'Later this year, within the budget: {people}.',
    later: "Beyond this year's budget: {people}, when the budget allows.",
    capped:
      'The plan stops there: that is as many product people as your engineers keep busy (about one for every {per}).',
    noBudget: 'The budget was not given, so this is the whole need, not what you can afford.',
  },
  /** The plan on one line, phases joined by "; ". */
  planLine: {
    now: 'now {people}{partTime}',
    year: 'this year {people}{partTime}',
    later: 'later {people}{partTime}',
    partTime: ' (part-time)',
    none: 'no new hire',
  },
  /** Each role of the plan: {people}: {covers} ({note}). */
  details: {
    plain: '{people}: {covers}.',
    note: '{people}: {covers} ({note}).',
    /** {why}: the bank's headcount note. */
    inAll: '{why}: {count} in all',
    inPlace: '{count} already in place',
    /** {parts}: inAll and inPlace, joined by ", ". */
    lead: '{parts}; the lead takes one place',
    leadOnly: 'the lead takes one place',
    calm: '{parts}; nothing is urgent, so the plan names the first',
    calmOnly: 'nothing is urgent, so the plan names the first',
    team: {
      one: '{parts}; one is as many more as your engineers keep busy',
      other: '{parts}; {count} are as many more as your engineers keep busy',
    },
    teamOnly: {
      one: 'one is as many more as your engineers keep busy',
      other: '{count} are as many more as your engineers keep busy',
    },
    /** A role with people in place whose half the answers do not show as covered (its `ownedBy` rule did not apply). */
    beside: {
      one: 'beside the {count} in place: your answers do not show this work as covered yet',
      other: 'beside the {count} in place: your answers do not show this work as covered yet',
    },
  },
  /** Why an option did not win: {title} is its outcome's title. */
  not: {
    /** {because}: the bank's sentence. */
    because: 'Not “{title}”: {because}',
    answers: 'Not “{title}”: your answers point more to {mine} than to {theirs}.',
    /** {facts}: quoted answers, joined as a list. */
    answersFacts: 'Not “{title}”: your answers point more to {mine} than to {theirs}, above all {facts}.',
    fact: '{topic}: {answer}',
  },
  /** A change of answers: "If {edits}", each edit in quotes from `quote`. */
  change: {
    change: 'If {edits}',
    edit: '{topic} is {to} instead of {from}',
  },
  revisitReach: 'When you reach {answer}',
  answer: {
    none: 'Not answered',
    unsure: 'Not sure',
    /** A number answer with its unit: {value} is the number. */
    number: { one: '{value} {unitOne}', other: '{value} {unit}' },
    /** Several ticked options. */
    separator: ', ',
  },
  /** A main reason's answer cut short: {answers} the first ones, {count} how many more. */
  moreAnswers: { one: '{answers} and {count} more', other: '{answers} and {count} more' },
  /** What a main reason adds to, by dimension id; `other` for a dimension not listed. */
  effect: {
    strategy: 'adds to the strategy need',
    execution: 'adds to the execution need',
    scale: 'adds to the scale and load',
    other: 'adds to “{label}”',
  },
  /** The same as a clause after a main reason's answer: "Stakeholders: Investors, which adds to …". */
  effectWhich: {
    strategy: 'which adds to the strategy need',
    execution: 'which adds to the execution need',
    scale: 'which adds to the scale and load',
    other: 'which adds to “{label}”',
  },
  confidence: {
    tentative: 'Tentative',
    tentativeText: 'Under half of what the questions can weigh is answered',
    open: 'Depends on an open answer',
    openText: 'Answering “{question}” could change it on its own',
    closeCall: 'A close call',
    fairly: 'Fairly settled',
    settled: 'Settled',
    closeCallText: 'One likely change on its own, listed under “What would change it”, would alter this',
    fairlyText: 'Only a bigger step on its own, listed under “What would change it”, would alter this',
    twoText: 'It would take two changes at once to alter this',
    settledText: 'No likely change of a single answer would alter this',
    /** {text} and then {rests}, each a sentence without its full stop. */
    withRests: '{text}. {rests}.',
    alone: '{text}.',
    restsOn: 'It rests on {answered} of the {shown} questions asked; {parts}',
    unsure: { one: '{count} is “Not sure”', other: '{count} are “Not sure”' },
    unanswered: { one: '{count} is unanswered', other: '{count} are unanswered' },
  },
  noChange: 'No likely change of a single answer would alter this recommendation.',
  /** The same for a tentative result, which too few answers leave open. */
  noChangeTentative: 'Answering the questions still open could change this recommendation.',
  jobPost: {
    about: 'About the role: {about}',
    duties: 'What you will do:',
    skills: 'What you bring:',
  },
};

export default advice;
