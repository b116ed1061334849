/**
 * English messages: the command line's own (`npm run score`): how to call it and why a file
 * could not be read. Read only by cli/, never in the app's download. Other languages copy
 * these keys (src/i18n/messages/de/command-line.ts). An answer that does not fit its question
 * is worded by the links' `answer` messages, as the app words it.
 */
const commandLine = {
  /** The flags and their values stay as typed; only the words around them are translated. */
  usage:
    'usage: npm run score -- <answers.json>... [--format {formats}] [--lang {languages}] [--bank <bank.json>] [--kit <hiring-kit.json>]',
  unknownOption: 'unknown option {option}',
  needsValue: '{option} needs a value',
  unknownFormat: 'unknown format “{format}”: use one of {formats}',
  unknownLanguage: 'unknown language “{language}”: use one of {languages}',
  noFile: 'no answers file given',
  severalNeedLine: 'several answers files need --format line',
  /** Why a file could not be read; the command line puts the file's name first. */
  file: {
    notFound: 'file not found',
    unreadable: 'cannot read the file ({code})',
    tooLarge: 'the file is larger than 1 MB (1,000,000 bytes)',
    notJson: 'not valid JSON ({detail})',
  },
  /** After an answer that names an option the question does not have. */
  options: 'options: {ids}',
};
export default commandLine;
