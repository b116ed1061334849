/** English messages: wizard. Other languages copy these keys (src/i18n/messages/de/wizard.ts). */
const wizard = {
  /** The answer every question offers. */
  unsure: 'Not sure',
  landing: {
    documentTitle: 'Find your next product hire',
    answered: {
      one: 'You have answered {count} question in this browser.',
      other: 'You have answered {count} questions in this browser.',
    },
    continue: 'Continue',
    start: 'Start',
    minutes: {
      one: 'Takes about {count} minute. Every question has a “Not sure” choice.',
      other: 'Takes about {count} minutes. Every question has a “Not sure” choice.',
    },
    private: 'Your answers never leave this browser: nothing is sent to a server.',
    outcomes: 'Four possible answers',
  },
  progress: 'Question {current} of up to {most}',
  question: {
    /** The browser tab: the progress, then the question's topic. */
    documentTitle: '{progress}: {topic}',
    whyWeAsk: 'Why we ask',
    loadingHelp: 'Loading…',
    invalidNumber: 'Enter a whole number from {min} to {max}, or tick “Not sure”.',
    noNumber: 'Enter a number, or tick “Not sure”, to continue.',
    noChoice: 'Choose an answer, or “Not sure”, to continue.',
    comesUp: 'Your change brings up this question: answer it, or choose “Not sure”, to return to the review.',
    back: 'Back',
    backToReview: 'Back to review',
    next: 'Next',
  },
  number: {
    /** Under the field; {unit} is the bank's plural unit ("engineers"). */
    bounds: 'Number of {unit}: a whole number from {min} to {max}.',
  },
  options: {
    all: 'Tick all that apply.',
    upTo: 'Tick up to {count}.',
    full: 'You have ticked the most allowed ({count}). Untick one to choose another.',
    /** {options} is a list of quoted option labels. */
    unticked: {
      one: 'Unticked {options}.',
      other: 'Unticked {options}.',
    },
    quoted: '“{label}”',
    untickedOthers: 'Unticked the other options.',
  },
};

export default wizard;
