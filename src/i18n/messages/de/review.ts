import type en from '../en/review';

const review = {
  notAnswered: 'Nicht beantwortet',
  number: '{number} {unit}',
  title: 'Ihre Antworten prüfen',
  lead: 'Prüfen Sie jede Antwort, bevor Sie das Ergebnis sehen. „Ändern“ führt Sie zu der Frage; Ihre anderen Antworten bleiben, wie sie sind.',
  change: 'Ändern',
  missing: {
    one: 'Eine Frage braucht noch eine Antwort (oder „Weiß nicht“):',
    other: '{count} Fragen brauchen noch eine Antwort (oder „Weiß nicht“):',
  },
  back: 'Zurück',
  seeResult: 'Mein Ergebnis anzeigen',
} satisfies typeof en;

export default review;
