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
  brokenBank: {
    title: 'The questions could not be loaded',
    body: 'The question bank has errors, so no advice can be given. Please report this to whoever runs this site.',
    details: 'Technical details',
  },
  problemDetails: {
    summary: 'Details',
  },
  notices: {
    notSaving: {
      unavailable: 'Your progress is not being saved: this browser blocks storage or it is full.',
      newer:
        'Your progress is not being saved: this browser holds progress from a newer version of Role Fit, which is kept as it is. Reload to use that version, or use “Clear my data” to start saving here.',
      unreadable:
        'Your progress is not being saved: saved progress that could not be read is kept as it was under “{key}”, and there is no room to save beside it. “Clear my data” removes it and starts saving again.',
    },
    loses: 'You can still finish, but closing the page loses your answers.',
    restored: {
      backedUp:
        "Your saved progress could not be read, so you are starting fresh. A copy of it is kept in this browser's storage under “{key}”; “Clear my data” removes it.",
      leftInPlace:
        'Your saved progress could not be read, and there was no room to keep a copy of it, so it is left as it was under “{key}” and nothing new is saved. You can still finish, but closing the page loses your answers. “Clear my data” removes the old progress and starts saving again.',
    },
    clearedBlocked:
      'Your answers were cleared from this page, but this browser blocks its storage, so anything saved here before may still be there, and nothing new is saved. You can still finish, but closing the page loses your answers.',
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
  recovery: {
    title: 'Something went wrong',
    problem: 'Role Fit hit an unexpected problem and could not show this screen.',
    noAnswers: 'You had not answered any questions yet.',
    safe: {
      one: 'Your answer is safe.',
      other: 'Your {count} answers are safe.',
    },
    stillSaved: 'They are still saved in this browser.',
    stillSavedOne: 'It is still saved in this browser.',
    pageOnly: 'They are kept in this page only, so download them before you close it.',
    pageOnlyOne: 'It is kept in this page only, so download it before you close it.',
    tryAgain: 'Try again',
    download: 'Download your answers (.json)',
    startOver: 'Start over',
    startOverHint: '“Start over” removes your answers from this browser.',
    downloaded: 'Your answers were saved as {file}. Open it later with “Open a saved result”.',
    downloadedPlain: 'Your answers were saved as {file}, as a plain list: “npm run score” reads its “answers”.',
    details: 'Technical details',
  },
  embed: {
    storageNote: 'Progress is kept only while this page is open.',
    fullResult: 'Open the full result',
    newTab: '(opens in a new tab)',
  },
};

export default shell;
