/** English messages: compare. Other languages copy these keys (src/i18n/messages/de/compare.ts). */
const compare = {
  /** Shared by the screen and the Markdown. */
  agree: 'Everyone got this recommendation on their own answers too.',
  differ:
    'You got different recommendations on your own answers. This one comes from the average of everyone’s dimension scores, so each person counts the same; talk through the questions above first.',
  groupPlan: 'Follows from the answers you settle on',
  notAsked: 'Not asked',
  /** The comparison form. */
  screen: {
    title: 'Compare answers',
    lead: 'Paste the share links (or open the saved files) of {min} to {max} people who answered the same questions, to see where you agree and what the team as a whole needs.',
    addPerson: 'Add a person',
    compare: 'Compare',
    back: 'Back',
    cannotRead: 'Some answers could not be read; fix them and compare again.',
    noInput: 'Paste a share link or choose a saved file.',
    wholeComparison:
      'This is a link to a whole comparison, not to one person’s result; open it in the browser’s address bar instead.',
    /** One person's problem or notice: their name, then the sentence. */
    personLine: '{name}: {text}',
    sameAnswers:
      '{name} and {earlier} gave exactly the same answers: is this the same result twice? Compare each person’s own link or file.',
    /** The names the form starts with for this browser's own answers and for a shared result's. */
    you: 'You',
    shared: 'Shared',
    /** Where given answers came from, after `person.using`. */
    mineSource: 'your answers in this browser',
    sharedSource: 'the shared result',
    linkSource: 'the comparison link',
    fileSource: 'the saved file',
  },
  /** One person's fields in the form. */
  person: {
    legend: 'Person {number}',
    name: 'Name for person {number}',
    placeholder: 'Person {number}',
    link: 'Share link for person {number}',
    file: 'Or a saved file for person {number}',
    using: 'Using {source}.',
    useLink: 'Use the link instead',
    remove: 'Remove person {number}',
  },
  /** The comparison itself. */
  view: {
    peopleTitle: 'Each person’s result',
    captionPlan: 'Recommendation, hiring plan and dimension scores (0 to 100) for each person',
    caption: 'Recommendation and dimension scores (0 to 100) for each person',
    person: 'Person',
    recommendation: 'Recommendation',
    plan: 'Plan',
    everyone: 'Everyone together',
    openFull: 'Open {name}’s full result',
    differencesTitle: 'Where you differ most',
    sameAnswers: 'Everyone gave the same answers.',
    differencesCaption: 'Questions answered differently, the ones that move the scores most first',
    differencesCaptionPart:
      'Questions answered differently, the ones that move the scores most first ({shown} of {count})',
    question: 'Question',
    showFewer: 'Show fewer',
    showAll: { one: 'Show all {count} differences', other: 'Show all {count} differences' },
    togetherTitle: 'Together',
  },
  /** Taking the comparison away. */
  exports: {
    title: 'Take the comparison with you',
    copyMarkdown: 'Copy comparison as Markdown',
    download: 'Download comparison (.md)',
    copyLink: 'Copy comparison link',
    hint: 'The comparison link holds everyone’s names and answers in the address itself; nothing is sent to a server.',
    copied: 'Comparison copied as Markdown. Paste it into a document or a ticket.',
    noClipboard:
      'This browser did not let Role Fit copy; select the text and copy it yourself. You can also download it.',
    downloaded: 'Comparison downloaded as a Markdown file.',
    linkCopied: 'Comparison link copied. Anyone who opens it sees these names, answers and results.',
    linkNotCopied:
      'This browser did not let Role Fit copy; select the text and copy it yourself. The link is shown below.',
    linkLabel: 'Comparison link',
  },
  /** A comparison someone sent. */
  shared: {
    banner: 'Shared comparison',
    bannerTitle: 'Shared comparison.',
    bannerText:
      'These are the answers of the people named in the link. Your own answers in this browser are not shown and not changed.',
    addMine: 'Add my answers',
    backToMine: 'Back to my answers',
    close: 'Close the shared comparison',
    title: 'Shared comparison',
    lead: 'The answers of {names}, side by side.',
  },
  /** The comparison as a Markdown document. */
  markdown: {
    titleAgree: '# Role Fit comparison: {outcome}',
    titleDiffer: '# Role Fit comparison: different recommendations',
    intro: {
      one: 'Question set {title} ({id} {version}), {date}. {count} person: {names}.',
      other: 'Question set {title} ({id} {version}), {date}. {count} people: {names}.',
    },
    unknownDate: 'unknown date',
    peopleTitle: '## Each person’s result',
    tableIntroPlan: 'Recommendation, hiring plan and dimension scores (0 to 100) for each person:',
    tableIntro: 'Recommendation and dimension scores (0 to 100) for each person:',
    person: 'Person',
    recommendation: 'Recommendation',
    plan: 'Plan',
    everyone: '**Everyone together**',
    differencesTitle: '## Where you differ most',
    sameAnswers: 'Everyone gave the same answers.',
    differencesIntro: {
      one: 'The question answered differently, the ones that move the scores most first:',
      other: 'All {count} questions answered differently, the ones that move the scores most first:',
    },
    question: 'Question',
    togetherTitle: '## Together',
    openLink: 'Open this comparison in Role Fit: <{link}>',
    footer:
      'Made with Role Fit on {date} from question set {id} version {version} (content {hash}). The result is advice from the answers, not a verdict.',
  },
};

export default compare;
