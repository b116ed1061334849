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
  problemDetails: {
    summary: 'Detalles',
  },
  notices: {
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
  crash: {
    title: 'Algo salió mal',
    reload: 'Vuelve a cargar la página para intentarlo de nuevo.',
  },
  embed: {
    storageNote: 'El progreso solo se conserva mientras esta página esté abierta.',
  },
} satisfies typeof en;

export default shell;
