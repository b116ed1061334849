/** English messages: shell. Other languages copy these keys (src/i18n/messages/de/shell.ts). */
const shell = {
  /** The product's name: stays the same in every language. */
  appName: 'Role Fit',
  /** The browser tab: the step's name, then the product's. */
  documentTitle: '{title} · Role Fit',
  language: {
    label: 'Language',
  },
  siteActions: {
    startOver: 'Start over',
    open: 'Open a saved result',
    compare: 'Compare results',
  },
  startAgain: {
    question: 'Remove your answers from this browser and start again?',
    confirmLabel: 'Remove and start again',
  },
  confirm: {
    cancel: 'Cancel',
  },
  clearData: {
    label: 'Clear my data',
    question: 'Remove all your answers from this browser?',
    confirmLabel: 'Yes, clear my data',
  },
  footer: {
    privacy: 'Your answers stay in this browser. Nothing is sent anywhere.',
  },
  loading: {
    shared: 'Working out the shared result…',
    compare: 'Opening the comparison…',
    open: 'Opening…',
    result: 'Working out your result…',
  },
  problemDetails: {
    summary: 'Details',
  },
  notices: {
    cleared: 'Your answers were removed from this browser.',
    dismiss: 'Dismiss',
    openedLink: 'Opened the answers from a shared link.',
    openedFile: 'Opened the answers from a saved file.',
    workedOutAgain: 'The result is worked out again from them.',
    dropped: {
      one: 'One question no longer applies after your change, so its answer was removed: {topics}.',
      other: '{count} questions no longer apply after your change, so their answers were removed: {topics}.',
    },
  },
  crash: {
    title: 'Something went wrong',
    reload: 'Reload the page to try again.',
  },
  embed: {
    storageNote: 'Progress is kept only while this page is open.',
  },
};

export default shell;
