import type en from '../en/shell';

const shell = {
  appName: 'Role Fit',
  documentTitle: '{title} · Role Fit',
  language: {
    label: 'Idioma',
  },
  siteActions: {
    startOver: 'Empezar de nuevo',
    open: 'Abrir un resultado guardado',
    compare: 'Comparar resultados',
  },
  startAgain: {
    question: '¿Quieres borrar tus respuestas de este navegador y empezar de nuevo?',
    confirmLabel: 'Borrar y empezar de nuevo',
  },
  confirm: {
    cancel: 'Cancelar',
  },
  clearData: {
    label: 'Borrar mis datos',
    question: '¿Quieres borrar todas tus respuestas de este navegador?',
    confirmLabel: 'Sí, borrar mis datos',
  },
  footer: {
    privacy: 'Tus respuestas se quedan en este navegador. No se envía nada a ningún sitio.',
  },
  loading: {
    shared: 'Calculando el resultado compartido…',
    compare: 'Abriendo la comparación…',
    open: 'Abriendo…',
    result: 'Calculando tu resultado…',
  },
  brokenBank: {
    title: 'No se pudieron cargar las preguntas',
    body: 'El banco de preguntas tiene errores, así que no se puede dar ninguna recomendación. Avisa a quien gestiona este sitio.',
    details: 'Detalles técnicos',
  },
  problemDetails: {
    summary: 'Detalles',
  },
  notices: {
    notSaving: {
      unavailable:
        'Tu progreso no se está guardando: este navegador bloquea el almacenamiento o el almacenamiento está lleno.',
      newer:
        'Tu progreso no se está guardando: este navegador tiene progreso de una versión más reciente de Role Fit, que se conserva tal cual. Recarga la página para usar esa versión, o usa «Borrar mis datos» para empezar a guardar aquí.',
      unreadable:
        'Tu progreso no se está guardando: el progreso guardado que no se pudo leer se conserva tal cual en «{key}», y no queda espacio para guardar junto a él. «Borrar mis datos» lo elimina y vuelve a guardar.',
    },
    loses: 'Aún puedes terminar, pero si cierras la página perderás tus respuestas.',
    restored: {
      backedUp:
        'No se pudo leer tu progreso guardado, así que empiezas de cero. Se conserva una copia en el almacenamiento de este navegador en «{key}»; «Borrar mis datos» la elimina.',
      leftInPlace:
        'No se pudo leer tu progreso guardado y no había espacio para guardar una copia, así que se deja tal cual en «{key}» y no se guarda nada nuevo. Aún puedes terminar, pero si cierras la página perderás tus respuestas. «Borrar mis datos» elimina el progreso antiguo y vuelve a guardar.',
    },
    clearedBlocked:
      'Tus respuestas se borraron de esta página, pero este navegador bloquea su almacenamiento, así que lo que se guardó aquí antes puede seguir ahí, y no se guarda nada nuevo. Aún puedes terminar, pero si cierras la página perderás tus respuestas.',
    cleared: 'Tus respuestas se borraron de este navegador.',
    dismiss: 'Cerrar',
    openedLink: 'Se abrieron las respuestas de un enlace compartido.',
    openedFile: 'Se abrieron las respuestas de un archivo guardado.',
    workedOutAgain: 'El resultado se vuelve a calcular a partir de ellas.',
    dropped: {
      one: 'Una pregunta ya no aplica después de tu cambio, así que se borró su respuesta: {topics}.',
      other: '{count} preguntas ya no aplican después de tu cambio, así que se borraron sus respuestas: {topics}.',
    },
  },
  recovery: {
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
    startOverHint: '«Empezar de nuevo» borra tus respuestas de este navegador.',
    downloaded: 'Tus respuestas se guardaron como {file}. Ábrelo más tarde con «Abrir un resultado guardado».',
    downloadedPlain:
      'Tus respuestas se guardaron como {file}, como una lista simple: «npm run score» lee su campo «answers».',
    details: 'Detalles técnicos',
  },
  embed: {
    storageNote: 'El progreso solo se conserva mientras esta página esté abierta.',
    fullResult: 'Abrir el resultado completo',
    newTab: '(se abre en una pestaña nueva)',
  },
} satisfies typeof en;

export default shell;
