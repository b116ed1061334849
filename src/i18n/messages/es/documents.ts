import type en from '../en/documents';

const documents = {
  unknownDate: 'fecha desconocida',
  summary: {
    title: 'Resultado de Role Fit: {headline}',
    titleNamed: 'Resultado de Role Fit de {name}: {headline}',
    howSure: 'Certeza: {word}. {text}',
    reason: '{topic}: {answer}',
    reasonWithEffect: '{topic}: {answer}, {which}',
  },
  markdown: {
    questionSet: 'Cuestionario “{title}” ({id} {version}), {date}.',
    recommendation: 'Recomendación',
    tentative:
      'Provisional: está respondida menos de la mitad de lo que pueden pesar las preguntas. Estas serían las más importantes: {questions}.',
    hiringPlan: 'Plan de contratación',
    coverage: {
      one: '{answered} de {count} pregunta respondida, {unsure} con “No lo sé”, {weight} % de lo que pueden pesar las preguntas.',
      other:
        '{answered} de {count} preguntas respondidas, {unsure} con “No lo sé”, {weight} % de lo que pueden pesar las preguntas.',
    },
    fitScores: 'Puntuaciones de encaje',
    fitCaption:
      'Cuánto encaja cada opción, sobre 100: 100 es adonde llevan las respuestas, y cuanto más lejos de 100 está una opción, más tendrían que cambiar las respuestas para llegar a ella.',
    option: 'Opción',
    fit: 'Encaje',
    ruledOut: 'descartada',
    dimensionScores: 'Puntuaciones por dimensión',
    dimensionCaption: 'Dónde se sitúa la empresa en cada dimensión, sobre 100:',
    dimension: 'Dimensión',
    score: 'Puntuación',
    mainReasons: 'Razones principales',
    noReason: 'Ninguna respuesta destacó por sí sola.',
    whatWouldChange: 'Qué cambiaría la recomendación',
    whatTheRoleDoes: 'Qué hace el rol',
    responsibilities: 'Responsabilidades',
    skills: 'Habilidades que buscar',
    whenToRevisit: 'Cuándo revisarla',
    noRevisit: 'Ninguna de las respuestas que podrían cambiar pronto alteraría esto por sí sola.',
    revisitPoint: '{when} ({topic}, ahora {now}), la recomendación podría cambiar a: {outcomes}.',
    jobPostStarters: { one: 'Borrador de oferta de empleo', other: 'Borradores de ofertas de empleo' },
    jobPostIntro: 'Un borrador para adaptar: añade tu empresa, el equipo, la ubicación y tu forma de trabajar.',
    aboutTheRole: 'Sobre el rol.',
    whatYouWillDo: 'Qué harás',
    whatYouBring: 'Qué aportas',
    yourAnswers: 'Tus respuestas',
    answersCaption: 'Todas las preguntas, en el orden en que se hicieron:',
    question: 'Pregunta',
    answer: 'Respuesta',
    notAsked: 'No se preguntó (no aplicaba)',
    madeWith:
      'Hecho con Role Fit el {date} a partir del cuestionario {id}, versión {version} (contenido {hash}). El resultado es un consejo basado en tus respuestas, no un veredicto.',
    madeWithNoDate:
      'Hecho con Role Fit en una fecha desconocida a partir del cuestionario {id}, versión {version} (contenido {hash}). El resultado es un consejo basado en tus respuestas, no un veredicto.',
  },
  text: {
    hiringPlan: 'Plan de contratación: {plan}',
    mainReasons: 'Razones principales:',
    whatWouldChange: 'Qué cambiaría la recomendación:',
    whenToRevisit: 'Cuándo revisarla:',
    madeWith: 'Hecho con Role Fit el {date} a partir del cuestionario {id} {version}.',
    madeWithNoDate: 'Hecho con Role Fit en una fecha desconocida a partir del cuestionario {id} {version}.',
  },
  kit: {
    title: { one: 'Kit de contratación', other: 'Kits de contratación' },
    madeWith:
      'Hecho con Role Fit el {date} a partir de tus respuestas. Antes de la primera entrevista, adapta el contenido a tu empresa.',
    madeWithNoDate:
      'Hecho con Role Fit en una fecha desconocida a partir de tus respuestas. Antes de la primera entrevista, adapta el contenido a tu empresa.',
    none: 'Todavía no hay kit: el resultado es provisional. Responde más preguntas para obtener una recomendación y su kit.',
    hiring: 'A quién contratar: {people}.',
    intake: 'Lista de verificación para quien lidera la contratación',
    owns: 'De qué se encargará la nueva persona',
    workWith: 'Con quién trabajará',
    success: 'Cómo reconocer el éxito a los 90 días',
    scorecard: 'Ficha de evaluación',
    scorecardHelp:
      'Valora cada atributo como débil, aceptable, bueno o fuerte, según lo que mostró la persona candidata, antes de hablar con los demás entrevistadores.',
    attribute: 'Atributo',
    weak: 'Débil',
    fair: 'Aceptable',
    good: 'Bueno',
    strong: 'Fuerte',
    interviewQuestions: 'Preguntas de entrevista',
    tests: '{attribute}',
    testsBecause: '{attribute}. Motivo: {because}',
  },
  printRecord: {
    yourAnswers: 'Tus respuestas',
    theirAnswers: 'Las respuestas compartidas',
    namedAnswers: 'Respuestas de {name}',
    madeWith: 'Hecho con Role Fit el {date} a partir del cuestionario “{title}” ({id} {version}).',
    madeWithNoDate: 'Hecho con Role Fit en una fecha desconocida a partir del cuestionario “{title}” ({id} {version}).',
  },
  cli: {
    recommendation: 'Recomendación: {headline} ({outcome}, estado {status})',
    confidence: 'Certeza: {word}. {text}',
    plan: 'Plan:',
    fit: 'Encaje (100: adonde llevan las respuestas; cuanto más bajo, más tendrían que cambiar las respuestas):',
    ruledOut: 'descartada',
    dimensions: 'Dimensiones:',
    coverage: {
      one: 'Cobertura: {answered} de {count} pregunta respondida, {weight} % del peso',
      other: 'Cobertura: {answered} de {count} preguntas respondidas, {weight} % del peso',
    },
    whatWouldChange: 'Qué cambiaría la recomendación:',
  },
} satisfies typeof en;

export default documents;
