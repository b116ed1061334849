/** English messages: result. Other languages copy these keys (src/i18n/messages/de/result.ts). */
const result = {
  /** When the browser refuses the clipboard (every copy button of the result). */
  copyRefused: 'This browser did not let Role Fit copy; select the text and copy it yourself.',
  /** Quotes around a name (an option's title) inside a sentence. */
  quoted: '“{text}”',
  /** The banner above someone else's answers. */
  banner: {
    link: 'Shared result',
    file: 'Saved result',
    comparison: 'Result from the comparison',
    /** The banner's label, bold, before its sentences. */
    lead: '{label}.',
    fromLink: 'These are the answers of the person who sent the link.',
    named: 'These are {name}’s answers.',
    unnamed: 'These are the answers of the person who sent them.',
    ownKept: 'Your own answers in this browser are not shown and not changed.',
    adopt: 'Make these my answers',
    replaceShared: 'Replace your answers in this browser with the shared ones?',
    replaceNamed: 'Replace your answers in this browser with {name}’s?',
    replaceThese: 'Replace your answers in this browser with these?',
    replaceConfirm: 'Replace my answers',
    compare: 'Compare with mine',
    backToComparison: 'Back to the comparison',
    backToMine: 'Back to my answers',
    closeLink: 'Close the shared result',
    closeFile: 'Close the saved result',
    closeComparison: 'Close the result from the comparison',
    /** How the comparison names where these answers came from ("Using the saved file."). */
  },
  screen: {
    /** Above the heading: whose result this is. */
    whoseNamed: '{name}’s result',
    whoseShared: 'Shared result',
    whoseTheirs: 'Their result',
    whoseOwn: 'Our recommendation',
    tentative: '{whose}: tentative, not enough answers yet',
    /** The browser tab: whose result, then the headline. */
    documentTitle: '{whose}: {headline}',
    documentTitleOwn: 'Your result: {headline}',
    coverage:
      'Only {percent}% of what the questions can weigh is answered, so this only shows where the answers lean. These would matter most (each opens its question):',
    coverageShared:
      'Only {percent}% of what the questions can weigh is answered, so this only shows where the answers lean. These would matter most:',
    planOwn: 'Your hiring plan',
    planTheirs: 'Their hiring plan',
    confidence: 'How sure is this? {word}',
    mainReasons: 'Main reasons',
    noReasonsOwn: 'None of your answers pushed strongly in one direction.',
    noReasonsShared: 'None of these answers pushed strongly in one direction.',
    /** One reason: the question's topic (bold), the answer, and what it did to the scores (advice's reasonWhich: "which adds to …"). */
    reason: '{topic}: {answer}.',
    reasonWithEffect: '{topic}: {answer}, {which}.',
    fitTitle: 'How well each option fits',
    whyTitle: 'Why',
    changeTitle: 'What would change it',
    roleTitle: 'What this hire does',
    otherOptions: 'The other options',
    jobPostsTitle: { one: 'Job post starter', other: 'Job post starters' },
    backToReview: 'Back to review',
    compareWithColleagues: 'Compare with colleagues',
    startAgain: 'Start again',
  },
  exportPanel: {
    title: 'Take the result with you',
    copySummary: 'Copy summary',
    copyMarkdown: 'Copy as Markdown',
    downloadMarkdown: 'Download summary (.md)',
    saveJson: 'Save result file (.json)',
    savePdf: 'Save as PDF',
    copyLink: 'Copy share link',
    hint: '“Save as PDF” opens the print dialog: choose “Save as PDF” as the printer. The share link holds your answers in the address itself; nothing is sent to a server.',
    nameLabel: 'Whose answers are these? (optional)',
    nameHint: 'Goes into file names, the summary, the PDF and comparisons.',
    shareLink: 'Share link',
    copiedText: 'Summary copied as plain text. Paste it into an email or a chat.',
    copiedMarkdown: 'Summary copied as Markdown. Paste it into a document or a ticket.',
    copiedLink: 'Share link copied. Anyone who opens it sees these answers and the result.',
    noClipboard:
      'This browser did not let Role Fit copy; select the text and copy it yourself. You can also download it.',
    noClipboardLink:
      'This browser did not let Role Fit copy; select the text and copy it yourself. You can also download it. The link is shown below.',
    downloadedMarkdown: 'Summary downloaded as a Markdown file.',
    savedJson: 'Result file saved (.json). Open it later with “Open a saved result”.',
  },
  fitChart: {
    ruledOut: 'Ruled out',
    tableName: 'Fit of each option',
    /** The table's caption: its name (tableName or the preview's), then how to read it. */
    tableCaption: '{name}, out of 100 (higher fits better)',
    option: 'Option',
    fit: 'Fit',
    recommended: '{title} (recommended)',
    caption:
      'Fit out of 100: 100 is where your answers lead; each point less is a point your scores would have to move to reach that option. “Ruled out”: a rule for companies like yours excludes it; “Why” says which.',
  },
  map: {
    /** An axis' name beside the axis, with an arrow the way it grows. */
    axis: '{label} →',
    /** The third dimension: its name and the company's score, shown as the point's size. */
    size: '{label}: {value} of 100 (the dot’s size)',
    placed: 'Your answers put you at {x} across and {y} up, in the area for “{title}”.',
    placedPreview:
      'With this change, the answers would put you at {x} across and {y} up, in the area for “{title}” (the ring shows where you are now).',
    describe: 'Describe the map',
    /** The description, for screen readers and on request; the axes' names arrive quoted. */
    ofSize: 'Map of {x} (across) against {y} (up), with {size} held at {value}.',
    ofAll: 'Map of {x} (across) against {y} (up), with every other score held at your answers.',
    /** {options}: the options the company's rules set aside, quoted, joined with "or". */
    without: {
      one: 'It leaves out {options}, which the rules for your company set aside.',
      other: 'It leaves out {options}, which the rules for your company set aside.',
    },
    divides: 'The map divides like this: {regions}.',
    /** One region, for `divides`; regions are joined with `regionSeparator`. */
    region: '{title} covers about {share}% of it, mostly where {x} is {xLevel} and {y} is {yLevel}',
    regionSeparator: '; ',
    low: 'low',
    middling: 'middling',
    high: 'high',
  },
  whatIf: {
    /** The preview's heading: the change, as the engine describes it ("If …"). */
    question: '{change}?',
    /** {then} is bold. */
    then: 'Then the advice would be: {then}, instead of “{now}”.',
    fitCaption: 'Fit with this change',
    previewOnly:
      'This is only a preview: the answers have not changed, and the summary, files and share link use them, not this preview.',
    close: 'Close the preview',
  },
  changes: {
    intro: 'Each of these changes could happen next and would lead to another recommendation, the likeliest first.',
    tryOne: 'Try one: the answers stay as they are.',
    /** A change and the advice it would give. */
    line: '{change} → {headline}',
    whatIf: 'What if?',
    whatIfLabel: 'What if? {change}',
    revisitTitle: 'When to revisit this decision',
    /** {when} is bold; {headlines} joined with "or". */
    revisit: '{when}. The advice could then become: {headlines}.',
    noRevisit: 'None of the answers that could change soon would alter this on its own.',
  },
  role: {
    responsibilities: 'Responsibilities',
    skills: 'Skills to hire for',
  },
  jobPosts: {
    intro: 'A draft to adapt: add your company, your team, where you work and how.',
    /** Each label is bold, its text follows. */
    about: 'About the role.',
    duties: 'What you will do:',
    skills: 'What you bring:',
    /** A list of duties or skills: the items joined with `separator`. */
    list: '{items}.',
    separator: '; ',
    copy: 'Copy the {title} post',
    copied: 'The {title} post is copied.',
  },
  printRecord: {
    named: '{name}’s answers',
    theirs: 'Their answers',
    own: 'Your answers',
    made: 'Made with Role Fit on {date} from the question set “{title}” ({id} {version}).',
  },
  hiringKit: {
    title: 'Hiring kit: {title}',
    titleMany: 'Hiring kits',
    intro:
      'For the hiring manager and the interviewers: fill in the checklist together, then ask every candidate the same questions and rate them on the scorecard.',
    copy: 'Copy the kit as Markdown',
    download: 'Download the kit (.md)',
    copied: 'Hiring kit copied as Markdown.',
    downloaded: 'Hiring kit downloaded as a Markdown file.',
    scorecardHint: 'Rate each attribute from what the candidate showed, before comparing notes.',
    attribute: '{name}: {means}',
    weak: 'Weak',
    fair: 'Fair',
    good: 'Good',
    strong: 'Strong',
    questions: 'Interview questions',
    /** After a question: the attribute it checks, and why it is asked when the answers say so. */
    questionNote: '({attribute})',
    questionNoteBecause: '({attribute}; asked because: {because})',
  },
  /** The embed's link to the standalone app, under the result. */
  embed: {
    fullResult: 'Open the full result',
    newTab: '(opens in a new tab)',
  },
};

export default result;
