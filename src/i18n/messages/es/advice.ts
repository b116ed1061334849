import type en from '../en/advice';

/**
 * Spanish: tú, job titles in English with masculine articles. Bank texts: {covers} with articles and
 * often plural ("la visión, el roadmap y el mercado"), so no "de"/"a" goes right before it (no "de el")
 * and verbs after it are plural; {who} lower case ("tu responsable de producto").
 */
const advice = {
  quote: '“{text}”',
  people: {
    subject: { one: '1 {title}', other: '{count} {titles}' },
    object: { one: 'a un {title}', other: 'a {count} {titles}' },
    titlesOf: '{title}',
  },
  headline: {
    none: 'No hace falta contratar a nadie',
    hire: 'Contrata {people}',
    first: { one: 'a un {name}', other: 'a {count} {names}' },
    next: { one: 'a un {name}', other: 'a {count} {names}' },
  },
  situation:
    'Para una empresa como la tuya, la recomendación es “{title}”; con las personas que ya tienes, lo que queda por hacer es el plan de abajo.',
  situationCalm:
    'Para una empresa como la tuya, la recomendación es “{title}”; nada es urgente, así que el plan de abajo nombra solo la próxima contratación.',
  lead: {
    tentative:
      'Todavía no hay suficientes respuestas para recomendar nada. Por ahora, las respuestas se inclinan por “{title}”.',
    calm: 'No hay ningún vacío urgente: tus respuestas no muestran sobrecarga ni una mitad del trabajo de la que no se ocupe nadie.',
    calmFirst:
      'No hay ningún vacío urgente: tus respuestas no muestran sobrecarga ni una mitad del trabajo de la que no se ocupe nadie. Si sumas una persona de producto, que sea un {title}.',
  },
  noHire: {
    keeps: {
      plain: 'Por ahora no hace falta contratar a nadie: {who} cubre {covers}.',
      tentative: 'Si tus respuestas se confirman, por ahora no hace falta contratar a nadie: {who} cubre {covers}.',
    },
    owned: {
      plain: 'Por ahora no hace falta contratar a nadie. {reasons}',
      tentative: 'Si tus respuestas se confirman, por ahora no hace falta contratar a nadie. {reasons}',
    },
    capped: {
      plain:
        'Por ahora no hace falta contratar a nadie: ya tienes tantos perfiles de producto como tus ingenieros pueden mantener ocupados (aproximadamente uno por cada {per} ingenieros). Deja claro quién se encarga de qué antes de sumar a nadie.',
      tentative:
        'Si tus respuestas se confirman, por ahora no hace falta contratar a nadie: ya tienes tantos perfiles de producto como tus ingenieros pueden mantener ocupados (aproximadamente uno por cada {per} ingenieros). Deja claro quién se encarga de qué antes de sumar a nadie.',
    },
    plain: {
      plain: 'Por ahora no hace falta contratar a nadie.',
      tentative: 'Si tus respuestas se confirman, por ahora no hace falta contratar a nadie.',
    },
  },
  order: {
    because: ': {reason}',
    level: '{a} necesitan un responsable tanto como {b}, así que cualquiera de los dos puede ir primero',
    gap: 'tus respuestas muestran con claridad que el mayor vacío está en {a}',
    close: 'las dos necesidades están muy igualadas, y el vacío en {a} es solo un poco mayor',
    tip: 'las dos necesidades están muy igualadas; lo decide tu respuesta “{answer}” a “{question}”',
  },
  plan: {
    keeps: {
      plain: 'De las dos mitades, {who} se queda con {covers}.',
      tentative: 'Si tus respuestas se confirman, {who} se queda con {covers}.',
    },
    calmPartTime: {
      plain:
        'Nada es urgente: cuando contrates, un {title} a tiempo parcial, fraccional o freelance puede cubrir {covers}.',
      tentative:
        'Si tus respuestas se confirman, nada es urgente: cuando contrates, un {title} a tiempo parcial, fraccional o freelance puede cubrir {covers}.',
    },
    calm: {
      plain: 'Nada es urgente: cuando llegue el momento, contrata primero {whom}.',
      tentative: 'Si tus respuestas se confirman, nada es urgente: cuando llegue el momento, contrata primero {whom}.',
    },
    partTime: {
      plain:
        'Con menos de un salario completo, incorpora a un {title} a tiempo parcial, fraccional o freelance para {covers}{because}.',
      tentative:
        'Si tus respuestas se confirman, con menos de un salario completo, incorpora a un {title} a tiempo parcial, fraccional o freelance para {covers}{because}.',
    },
    hireNow: {
      plain: 'Contrata ahora {whom}{because}.',
      tentative: 'Si tus respuestas se confirman, contrata ahora {whom}{because}.',
    },
    settle: {
      one: 'Después, cuando la primera contratación se haya asentado: {people}.',
      other: 'Después, cuando las primeras contrataciones se hayan asentado: {people}.',
    },
    year: 'Más adelante este año, dentro del presupuesto: {people}.',
    later: 'Más allá del presupuesto de este año: {people}, cuando el presupuesto lo permita.',
    capped:
      'El plan termina aquí: tus ingenieros no pueden mantener ocupados a más perfiles de producto (aproximadamente uno por cada {per} ingenieros).',
    noBudget: 'No indicaste el presupuesto, así que esto es toda la necesidad, no lo que puedes permitirte.',
  },
  planLine: {
    now: 'ahora {people}{partTime}',
    year: 'este año {people}{partTime}',
    later: 'más adelante {people}{partTime}',
    partTime: ' (a tiempo parcial)',
    none: 'ninguna contratación nueva',
  },
  details: {
    plain: '{people}: {covers}.',
    note: '{people}: {covers} ({note}).',
    inAll: '{why}: {count} en total',
    inPlace: 'ya hay {count}',
    lead: '{parts}; una de las plazas la ocupa quien lidera el equipo',
    leadOnly: 'una de las plazas la ocupa quien lidera el equipo',
    calm: '{parts}; nada es urgente, así que el plan nombra solo la primera contratación',
    calmOnly: 'nada es urgente, así que el plan nombra solo la primera contratación',
    team: {
      one: '{parts}; tus ingenieros dan trabajo como mucho para una persona más',
      other: '{parts}; tus ingenieros dan trabajo como mucho para {count} personas más',
    },
    teamOnly: {
      one: 'tus ingenieros dan trabajo como mucho para una persona más',
      other: 'tus ingenieros dan trabajo como mucho para {count} personas más',
    },
    beside: {
      one: 'además de la persona que ya está: tus respuestas aún no muestran este trabajo como cubierto',
      other: 'además de las {count} personas que ya están: tus respuestas aún no muestran este trabajo como cubierto',
    },
  },
  not: {
    because: '¿Por qué no “{title}”? {because}',
    answers: '¿Por qué no “{title}”? Tus respuestas pesan más en {mine} que en {theirs}.',
    answersFacts: '¿Por qué no “{title}”? Tus respuestas pesan más en {mine} que en {theirs}, sobre todo {facts}.',
    fact: '{topic}: {answer}',
  },
  change: {
    change: 'Si {edits}',
    edit: 'en “{topic}” respondes {to} en lugar de {from}',
  },
  revisitReach: 'Cuando llegues a {answer}',
  answer: {
    none: 'Sin responder',
    unsure: 'No lo sé',
    number: { one: '{value} {unitOne}', other: '{value} {unit}' },
    separator: ', ',
  },
  moreAnswers: { one: '{answers} y {count} más', other: '{answers} y {count} más' },
  effect: {
    strategy: 'aumenta la necesidad de estrategia',
    execution: 'aumenta la necesidad de ejecución',
    scale: 'aumenta la escala y la carga',
    other: 'aumenta “{label}”',
  },
  effectWhich: {
    strategy: 'lo que aumenta la necesidad de estrategia',
    execution: 'lo que aumenta la necesidad de ejecución',
    scale: 'lo que aumenta la escala y la carga',
    other: 'lo que aumenta “{label}”',
  },
  confidence: {
    tentative: 'Provisional',
    tentativeText: 'Está respondido menos de la mitad de lo que pueden pesar las preguntas',
    open: 'Depende de una respuesta pendiente',
    openText: 'Tu respuesta a “{question}” podría cambiar la recomendación por sí sola',
    closeCall: 'Muy ajustada',
    fairly: 'Bastante firme',
    settled: 'Firme',
    closeCallText:
      'Un solo cambio probable, de los que aparecen en “Qué cambiaría la recomendación”, bastaría para cambiarla',
    fairlyText: 'Solo la cambiaría, por sí solo, un paso mayor de los que aparecen en “Qué cambiaría la recomendación”',
    twoText: 'Harían falta dos cambios a la vez para cambiar la recomendación',
    settledText: 'Ningún cambio probable en una sola respuesta alteraría la recomendación',
    withRests: '{text}. {rests}.',
    alone: '{text}.',
    restsOn: 'Se basa en {answered} de las {shown} preguntas planteadas; {parts}',
    unsure: { one: '{count} es “No lo sé”', other: '{count} son “No lo sé”' },
    unanswered: { one: '{count} está sin responder', other: '{count} están sin responder' },
  },
  noChange: 'Ningún cambio probable de una sola respuesta cambiaría esta recomendación.',
  noChangeTentative: 'Responder las preguntas que siguen abiertas podría cambiar esta recomendación.',
  jobPost: {
    about: 'Sobre el puesto: {about}',
    duties: 'Qué harás:',
    skills: 'Qué aportas:',
  },
} satisfies typeof en;

export default advice;
