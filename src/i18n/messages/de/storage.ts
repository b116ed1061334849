import type en from '../en/storage';

const storage = {
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
} satisfies typeof en;

export default storage;
