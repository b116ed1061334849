import type en from '../en/review';

const review = {
  notAnswered: 'Sin responder',
  number: '{number} {unit}',
  title: 'Revisa tus respuestas',
  lead: 'Comprueba cada respuesta antes de ver el resultado. “Cambiar” te lleva a esa pregunta; tus demás respuestas se quedan como están.',
  change: 'Cambiar',
  missing: {
    one: 'A una pregunta todavía le falta una respuesta (o “No lo sé”):',
    other: 'A {count} preguntas todavía les falta una respuesta (o “No lo sé”):',
  },
  back: 'Atrás',
  seeResult: 'Ver mi resultado',
} satisfies typeof en;

export default review;
