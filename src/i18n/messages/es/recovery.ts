import type en from '../en/recovery';

const recovery = {
  title: 'Algo salió mal',
  problem: 'Role Fit tuvo un problema inesperado y no pudo mostrar esta pantalla.',
  noAnswers: 'Aún no habías respondido ninguna pregunta.',
  safe: {
    one: 'Tu respuesta está a salvo.',
    other: 'Tus {count} respuestas están a salvo.',
  },
  stillSaved: 'Siguen guardadas en este navegador.',
  stillSavedOne: 'Sigue guardada en este navegador.',
  pageOnly: 'Solo se conservan en esta página, así que descárgalas antes de cerrarla.',
  pageOnlyOne: 'Solo se conserva en esta página, así que descárgala antes de cerrarla.',
  tryAgain: 'Intentar de nuevo',
  download: 'Descargar tus respuestas (.json)',
  startOver: 'Empezar de nuevo',
  startOverHint: '“Empezar de nuevo” borra tus respuestas de este navegador.',
  downloaded: 'Tus respuestas se guardaron como {file}. Ábrelo más tarde con “Abrir un resultado guardado”.',
  downloadedPlain:
    'Tus respuestas se guardaron como {file}, como una lista simple: “npm run score” lee su campo “answers”.',
  details: 'Detalles técnicos',
  brokenBank: {
    title: 'No se pudieron cargar las preguntas',
    body: 'El banco de preguntas tiene errores, así que no se puede dar ninguna recomendación. Avisa a quien gestiona este sitio.',
    details: 'Detalles técnicos',
  },
} satisfies typeof en;

export default recovery;
