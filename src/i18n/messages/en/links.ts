/** English messages: links. Other languages copy these keys (src/i18n/messages/de/links.ts). */
const links = {
  /** Text from a link or a file, quoted. */
  quote: '“{text}”',
  /** A long question title cut after a few words. */
  quoteCut: '“{text}…”',
  /** A person in a comparison who typed no name. */
  person: 'Person {number}',
  /** Share links (one person's result). Each is read by whoever opened the link. */
  share: {
    empty:
      'This link holds no result: the part after “#” is missing; ask the person who sent it for the whole link again.',
    tooLong:
      'This is far too long to be a Role Fit link; check that it holds only the link, or ask the person who sent it for the link again.',
    notALink: 'This is not a Role Fit result link; ask the person who sent it for the whole link again.',
    newerVersion:
      'This link was made by a newer version of Role Fit; reload the page to get the latest version and open the link again.',
    unknownVersion: 'This link uses a format Role Fit does not know; ask the person who sent it for a new link.',
    damaged:
      'This link is damaged, probably cut short or changed while copying; ask the person who sent it for the whole link again.',
    invalidAnswers:
      'The answers in this link do not fit the current questions; ask the person who sent it for a new link.',
    otherBank: 'This link was made for the question set “{linkBank}”, not “{bank}”, so it cannot be opened here.',
    tooManyAnswers:
      'This link holds answers to more questions than there are now; ask the person who sent it for a new link.',
    badAnswer:
      'This link holds an answer that does not fit the question {question}; ask the person who sent it for a new link.',
    changed:
      'Role Fit’s questions or advice have changed since this link was made, so check the answers before relying on the result.',
  },
  /** Comparison links (several people). */
  comparison: {
    empty:
      'This link holds no comparison: the part after “#” is missing; ask the person who sent it for the whole link again.',
    tooLong:
      'This is far too long to be a Role Fit comparison link; check that it holds only the link, or ask the person who sent it for the link again.',
    notALink: 'This is not a Role Fit comparison link; ask the person who sent it for the whole link again.',
    newerVersion:
      'This comparison link was made by a newer version of Role Fit; reload the page to get the latest version and open the link again.',
    unknownVersion:
      'This comparison link uses a format Role Fit does not know; ask the person who sent it for a new link.',
    damaged:
      'This comparison link is damaged, probably cut short or changed while copying; ask the person who sent it for the whole link again.',
    otherBank: 'This comparison was made for the question set “{linkBank}”, not “{bank}”, so it cannot be opened here.',
    people: {
      one: 'This comparison link holds {count} person, but a comparison takes {min} to {max}; ask the person who sent it for a new link.',
      other:
        'This comparison link holds {count} people, but a comparison takes {min} to {max}; ask the person who sent it for a new link.',
    },
    badName:
      'The name of person {number} in this comparison link cannot be read; ask the person who sent it for a new link.',
    /** One person's answers could not be read: their name, then why. */
    badAnswers: '{name}: {message}',
    changed:
      'Role Fit’s questions or advice have changed since this comparison was made, so check the answers before relying on it.',
  },
  /** One answer that does not fit its question; {question} is the question's title in quotes. */
  answer: {
    unknownQuestion: 'There is an answer to {id}, which is not a question Role Fit asks.',
    notAnObject: 'The answers are not a list of questions with their answers.',
    hiddenQuestion: 'The answer to {question} does not apply: the other answers skip that question.',
    unknownOption: 'The answer to {question} names {option}, which is not one of its options.',
    duplicateOption: 'The answer to {question} ticks the same option twice.',
    tooManyChoices: {
      one: 'The answer to {question} ticks {count} option; at most {max} may be ticked.',
      other: 'The answer to {question} ticks {count} options; at most {max} may be ticked.',
    },
    tooManyChoicesUncounted: 'The answer to {question} ticks too many options; at most {max} may be ticked.',
    exclusiveOption:
      'The answer to {question} ticks two options that exclude each other: “{first}” cannot be ticked together with “{second}”.',
    noChoice: 'The answer to {question} ticks no option.',
    outOfRange: 'The answer to {question} is {value}; it must be a whole number from {min} to {max}.',
    notANumberOutOfRange: 'The answer to {question} is not a number; it must be a whole number from {min} to {max}.',
    notANumber: 'The answer to {question} is not a number.',
    notAList: 'The answer to {question} is not a list of its options.',
    notAnOption: 'The answer to {question} is not one of its options.',
  },
  /** The last detail line when there are more than fit. */
  moreProblems: {
    one: '…and {count} more problem like these.',
    other: '…and {count} more problems like these.',
  },
  /** Saved result files. */
  file: {
    notAFile: 'This is not a Role Fit result file; choose the .json file Role Fit saved.',
    tooLarge:
      'This file is larger than 1 MB (1,000,000 bytes), so it is not a Role Fit result; choose the .json file Role Fit saved.',
    size: { one: 'It is {count} byte.', other: 'It is {count} bytes.' },
    empty: 'This file is empty, so it is not a Role Fit result; choose the .json file Role Fit saved.',
    tooDeep:
      'This file nests data more than {depth} levels deep, which no Role Fit result does; choose the .json file Role Fit saved.',
    forbidden:
      'This file contains names that Role Fit refuses for safety, so it was not opened; choose the .json file Role Fit saved.',
    forbiddenName: '{name} in {place} is a name Role Fit refuses.',
    notAResult: 'This file is not a Role Fit result; choose the .json file saved with “Save result file (.json)”.',
    newerVersion:
      'This file was saved by a newer version of Role Fit; reload the page to get the latest version and open it again.',
    damaged: 'This result file is damaged or was edited by hand, so it was not opened; save the result again.',
    otherBank: 'This file was saved for the question set {fileBank}, not “{bank}”, so it cannot be opened here.',
    answersDoNotFit:
      'The answers in this file do not fit the current questions, so it was not opened; answer the questions again.',
    binary:
      'This file looks like a binary file (an image or an archive?), not a Role Fit result; choose the .json file Role Fit saved.',
    startsLike: {
      png: 'It starts like a PNG image.',
      gif: 'It starts like a GIF image.',
      jpeg: 'It starts like a JPEG image.',
      pdf: 'It starts like a PDF document.',
      zip: 'It starts like a ZIP archive (Word and Excel documents are ZIP archives too).',
    },
    brokenJson:
      'This file is damaged: its JSON text is cut short or broken, so it is not a Role Fit result; choose the .json file Role Fit saved.',
    cutShort: 'It ends before its data does: it may have been cut short.',
    stopsAt: 'It stops being JSON at line {line}, column {column}.',
    notJson: 'This is not a Role Fit result file: it is not JSON text; choose the .json file Role Fit saved.',
    markup: 'It looks like a web page or other markup.',
    begins: 'It begins {start}.',
    questionSet: 'It looks like a question set, not a saved result.',
    plainAnswers:
      'It looks like a plain list of answers, which the command line reads (“npm run score”), not a saved result.',
    /** Where in a file something is wrong: `start` begins a sentence, `inner` stands inside one. */
    place: {
      file: { start: 'The file', inner: 'the file' },
      schema: { start: 'The schema address', inner: 'the schema address' },
      format: { start: 'The name of the format', inner: 'the name of the format' },
      formatVersion: { start: 'The version of the format', inner: 'the version of the format' },
      bank: {
        start: 'The record of the questions it was saved with',
        inner: 'the record of the questions it was saved with',
      },
      createdAt: { start: 'The date it was saved', inner: 'the date it was saved' },
      answers: { start: 'The list of answers', inner: 'the list of answers' },
      result: { start: 'The result stored with the answers', inner: 'the result stored with the answers' },
      answer: { start: 'The answer to {question}', inner: 'the answer to {question}' },
      inPart: { start: '{name} in {part}', inner: '{name} in {part}' },
    },
    unknownAnswer: 'There is an answer to {id}, which is not a question Role Fit asks.',
    unknownEntries: {
      one: '{place} has an entry Role Fit never writes: {names}.',
      other: '{place} has {count} entries Role Fit never writes: {names}.',
    },
    unknownEntriesMore: {
      one: '{place} has {count} entries Role Fit never writes: {names} and {more} more.',
      other: '{place} has {count} entries Role Fit never writes: {names} and {more} more.',
    },
    tooManyAnswers: 'The list of answers holds more answers than there are questions.',
    wrongKind: '{place} holds the wrong kind of value.',
    missing: '{place} is missing.',
    badValue: '{place} holds a value Role Fit never writes.',
    changed:
      'This result was saved with version {saved} of the questions and this is {current} ({changes}), so check your answers before relying on the result.',
    newQuestions: 'new questions: {topics}',
    dropped: { one: 'one question was dropped', other: '{count} questions were dropped' },
    reworded: 'some questions or options were reworded or reweighted',
    unreadable: 'The browser could not read this file; try choosing it again.',
  },
  /** "Open a saved result". */
  open: {
    title: 'Open a saved result',
    lead: 'Choose a .json file saved with “Save result file (.json)”: yours or a colleague’s. It opens read-only; your own answers stay as they are until you choose to replace them. The file stays in this browser.',
    label: 'Saved result file',
    back: 'Back',
  },
  /** The notice on the first screen when the address's link could not be opened. */
  notice: {
    resultTitle: 'The shared link could not be opened',
    comparisonTitle: 'The comparison link could not be opened',
    dismiss: 'Dismiss',
  },
};

export default links;
