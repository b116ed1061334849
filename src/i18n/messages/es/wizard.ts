import type en from '../en/wizard';

const wizard = {
  unsure: 'No lo sé',
  landing: {
    documentTitle: 'Encuentra tu próxima contratación de producto',
    answered: {
      one: 'Has respondido {count} pregunta en este navegador.',
      other: 'Has respondido {count} preguntas en este navegador.',
    },
    continue: 'Continuar',
    start: 'Empezar',
    minutes: {
      one: 'Lleva aproximadamente {count} minuto. Cada pregunta tiene la opción “No lo sé”.',
      other: 'Lleva unos {count} minutos. Cada pregunta tiene la opción “No lo sé”.',
    },
    private: 'Tus respuestas nunca salen de este navegador: no se envía nada a ningún servidor.',
    outcomes: 'Cuatro respuestas posibles',
  },
  progress: 'Pregunta {current} de {most} como máximo',
  question: {
    documentTitle: '{progress}: {topic}',
    whyWeAsk: 'Por qué lo preguntamos',
    loadingHelp: 'Cargando…',
    invalidNumber: 'Escribe un número entero del {min} al {max}, o marca “No lo sé”.',
    noNumber: 'Escribe un número, o marca “No lo sé”, para continuar.',
    noChoice: 'Elige una respuesta, o “No lo sé”, para continuar.',
    comesUp: 'Tu cambio hace aparecer esta pregunta: respóndela, o elige “No lo sé”, para volver a la revisión.',
    back: 'Atrás',
    backToReview: 'Volver a la revisión',
    next: 'Siguiente',
  },
  number: {
    bounds: 'Número de {unit}: un número entero del {min} al {max}.',
  },
  options: {
    all: 'Marca todas las que correspondan.',
    upTo: 'Marca hasta {count}.',
    full: 'Has marcado el máximo permitido ({count}). Desmarca una para elegir otra.',
    unticked: {
      one: 'Se desmarcó {options}.',
      other: 'Se desmarcaron {options}.',
    },
    quoted: '“{label}”',
    untickedOthers: 'Se desmarcaron las demás opciones.',
  },
} satisfies typeof en;

export default wizard;
