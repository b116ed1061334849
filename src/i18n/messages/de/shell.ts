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
  brokenBank: {
    title: 'Die Fragen konnten nicht geladen werden',
    body: 'Der Fragenkatalog enthält Fehler, daher kann keine Empfehlung gegeben werden. Bitte melden Sie das den Betreibern dieser Website.',
    details: 'Technische Details',
  },
  problemDetails: {
    summary: 'Details',
  },
  notices: {
    notSaving: {
      unavailable:
        'Ihr Fortschritt wird nicht gespeichert: Dieser Browser blockiert den Speicher oder der Speicher ist voll.',
      newer:
        'Ihr Fortschritt wird nicht gespeichert: Dieser Browser enthält Fortschritt aus einer neueren Version von Role Fit, der unverändert bleibt. Laden Sie die Seite neu, um diese Version zu verwenden, oder nutzen Sie „Meine Daten löschen“, um hier zu speichern.',
      unreadable:
        'Ihr Fortschritt wird nicht gespeichert: Gespeicherter Fortschritt, der nicht gelesen werden konnte, bleibt unverändert unter „{key}“ erhalten, und daneben ist kein Platz zum Speichern. „Meine Daten löschen“ entfernt ihn und speichert wieder.',
    },
    loses: 'Sie können trotzdem fertig werden, aber wenn Sie die Seite schließen, gehen Ihre Antworten verloren.',
    restored: {
      backedUp:
        'Ihr gespeicherter Fortschritt konnte nicht gelesen werden, daher beginnen Sie neu. Eine Kopie bleibt im Speicher dieses Browsers unter „{key}“ erhalten; „Meine Daten löschen“ entfernt sie.',
      leftInPlace:
        'Ihr gespeicherter Fortschritt konnte nicht gelesen werden, und für eine Kopie war kein Platz. Er bleibt daher unverändert unter „{key}“, und es wird nichts Neues gespeichert. Sie können trotzdem fertig werden, aber wenn Sie die Seite schließen, gehen Ihre Antworten verloren. „Meine Daten löschen“ entfernt den alten Fortschritt und speichert wieder.',
    },
    clearedBlocked:
      'Ihre Antworten wurden von dieser Seite gelöscht. Dieser Browser blockiert jedoch seinen Speicher: Was hier früher gespeichert wurde, kann noch vorhanden sein, und es wird nichts Neues gespeichert. Sie können trotzdem fertig werden, aber wenn Sie die Seite schließen, gehen Ihre Antworten verloren.',
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
  recovery: {
    title: 'Etwas ist schiefgelaufen',
    problem: 'Role Fit ist auf ein unerwartetes Problem gestoßen und konnte diese Seite nicht anzeigen.',
    noAnswers: 'Sie hatten noch keine Fragen beantwortet.',
    safe: {
      one: 'Ihre Antwort ist sicher.',
      other: 'Ihre {count} Antworten sind sicher.',
    },
    stillSaved: 'Sie sind weiterhin in diesem Browser gespeichert.',
    stillSavedOne: 'Sie ist weiterhin in diesem Browser gespeichert.',
    pageOnly: 'Sie sind nur auf dieser Seite vorhanden. Laden Sie sie herunter, bevor Sie die Seite schließen.',
    pageOnlyOne: 'Sie ist nur auf dieser Seite vorhanden. Laden Sie sie herunter, bevor Sie die Seite schließen.',
    tryAgain: 'Erneut versuchen',
    download: 'Ihre Antworten herunterladen (.json)',
    startOver: 'Neu beginnen',
    startOverHint: '„Neu beginnen“ entfernt Ihre Antworten aus diesem Browser.',
    downloaded:
      'Ihre Antworten wurden als {file} gespeichert. Öffnen Sie die Datei später mit „Gespeichertes Ergebnis öffnen“.',
    downloadedPlain:
      'Ihre Antworten wurden als {file} gespeichert, als einfache Liste: „npm run score“ liest deren „answers“.',
    details: 'Technische Details',
  },
  embed: {
    storageNote: 'Der Fortschritt bleibt nur erhalten, solange diese Seite geöffnet ist.',
    fullResult: 'Vollständiges Ergebnis öffnen',
    newTab: '(öffnet in einem neuen Tab)',
  },
} satisfies typeof en;

export default shell;
