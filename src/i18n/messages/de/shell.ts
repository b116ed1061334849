import type en from '../en/shell';

const shell = {
  appName: 'Role Fit',
  documentTitle: '{title} · Role Fit',
  language: {
    label: 'Sprache',
  },
  siteActions: {
    startOver: 'Neu beginnen',
    open: 'Gespeichertes Ergebnis öffnen',
    compare: 'Ergebnisse vergleichen',
  },
  startAgain: {
    question: 'Ihre Antworten aus diesem Browser entfernen und neu beginnen?',
    confirmLabel: 'Entfernen und neu beginnen',
  },
  confirm: {
    cancel: 'Abbrechen',
  },
  clearData: {
    label: 'Meine Daten löschen',
    question: 'Alle Ihre Antworten aus diesem Browser entfernen?',
    confirmLabel: 'Ja, meine Daten löschen',
  },
  footer: {
    privacy: 'Ihre Antworten bleiben in diesem Browser. Es wird nichts übertragen.',
  },
  loading: {
    shared: 'Das geteilte Ergebnis wird ermittelt …',
    compare: 'Der Vergleich wird geöffnet …',
    open: 'Wird geöffnet …',
    result: 'Ihr Ergebnis wird ermittelt …',
  },
  problemDetails: {
    summary: 'Details',
  },
  notices: {
    cleared: 'Ihre Antworten wurden aus diesem Browser entfernt.',
    dismiss: 'Schließen',
    openedLink: 'Die Antworten aus einem geteilten Link wurden geöffnet.',
    openedFile: 'Die Antworten aus einer gespeicherten Datei wurden geöffnet.',
    workedOutAgain: 'Das Ergebnis wird daraus neu ermittelt.',
    dropped: {
      one: 'Nach Ihrer Änderung entfällt eine Frage, daher wurde ihre Antwort entfernt: {topics}.',
      other: 'Nach Ihrer Änderung entfallen {count} Fragen, daher wurden ihre Antworten entfernt: {topics}.',
    },
  },
  crash: {
    title: 'Etwas ist schiefgelaufen',
    reload: 'Laden Sie die Seite neu, um es noch einmal zu versuchen.',
  },
  embed: {
    storageNote: 'Der Fortschritt bleibt nur erhalten, solange diese Seite geöffnet ist.',
  },
} satisfies typeof en;

export default shell;
