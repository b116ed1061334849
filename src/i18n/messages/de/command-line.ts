import type en from '../en/command-line';

const commandLine = {
  usage:
    'Aufruf: npm run score -- <antworten.json>... [--format {formats}] [--lang {languages}] [--bank <fragen.json>] [--kit <hiring-kit.json>]',
  unknownOption: 'unbekannte Option {option}',
  needsValue: '{option} braucht einen Wert',
  unknownFormat: 'unbekanntes Format „{format}“: möglich sind {formats}',
  unknownLanguage: 'unbekannte Sprache „{language}“: möglich sind {languages}',
  noFile: 'keine Antwortdatei angegeben',
  severalNeedLine: 'mehrere Antwortdateien brauchen --format line',
  file: {
    notFound: 'Datei nicht gefunden',
    unreadable: 'Datei kann nicht gelesen werden ({code})',
    tooLarge: 'die Datei ist größer als 1 MB (1.000.000 Byte)',
    notJson: 'kein gültiges JSON ({detail})',
  },
  options: 'Optionen: {ids}',
} satisfies typeof en;
export default commandLine;
