import type en from '../en/command-line';

const commandLine = {
  usage:
    'uso: npm run score -- <respuestas.json>... [--format {formats}] [--lang {languages}] [--bank <preguntas.json>] [--kit <hiring-kit.json>]',
  unknownOption: 'opción desconocida {option}',
  needsValue: '{option} necesita un valor',
  unknownFormat: 'formato desconocido “{format}”: usa uno de estos: {formats}',
  unknownLanguage: 'idioma desconocido “{language}”: usa uno de estos: {languages}',
  noFile: 'no se indicó ningún archivo de respuestas',
  severalNeedLine: 'varios archivos de respuestas necesitan --format line',
  file: {
    notFound: 'no se encontró el archivo',
    unreadable: 'no se puede leer el archivo ({code})',
    tooLarge: 'el archivo ocupa más de 1 MB (1.000.000 bytes)',
    notJson: 'no es JSON válido ({detail})',
  },
  options: 'opciones: {ids}',
} satisfies typeof en;
export default commandLine;
