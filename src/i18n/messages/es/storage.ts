import type en from '../en/storage';

const storage = {
  notSaving: {
    unavailable:
      'Tu progreso no se está guardando: este navegador bloquea el almacenamiento o el almacenamiento está lleno.',
    newer:
      'Tu progreso no se está guardando: este navegador tiene progreso de una versión más reciente de Role Fit, que se conserva tal cual. Recarga la página para usar esa versión, o usa “Borrar mis datos” para empezar a guardar aquí.',
    unreadable:
      'Tu progreso no se está guardando: el progreso guardado que no se pudo leer se conserva tal cual en “{key}”, y no queda espacio para guardar junto a él. “Borrar mis datos” lo elimina y vuelve a guardar.',
  },
  loses: 'Aún puedes terminar, pero si cierras la página perderás tus respuestas.',
  restored: {
    backedUp:
      'No se pudo leer tu progreso guardado, así que empiezas de cero. Se conserva una copia en el almacenamiento de este navegador en “{key}”; “Borrar mis datos” la elimina.',
    leftInPlace:
      'No se pudo leer tu progreso guardado y no había espacio para guardar una copia, así que se deja tal cual en “{key}” y no se guarda nada nuevo. Aún puedes terminar, pero si cierras la página perderás tus respuestas. “Borrar mis datos” elimina el progreso antiguo y vuelve a guardar.',
  },
  clearedBlocked:
    'Tus respuestas se borraron de esta página, pero este navegador bloquea su almacenamiento, así que lo que se guardó aquí antes puede seguir ahí, y no se guarda nada nuevo. Aún puedes terminar, pero si cierras la página perderás tus respuestas.',
} satisfies typeof en;

export default storage;
