import type en from '../en/recovery';

const recovery = {
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
  brokenBank: {
    title: 'Die Fragen konnten nicht geladen werden',
    body: 'Der Fragenkatalog enthält Fehler, daher kann keine Empfehlung gegeben werden. Bitte melden Sie das den Betreibern dieser Website.',
    details: 'Technische Details',
  },
} satisfies typeof en;

export default recovery;
