import type en from '../en/compare';

const compare = {
  agree: 'Todos obtuvieron también esta recomendación con sus propias respuestas.',
  differ:
    'Obtuvieron recomendaciones distintas con sus propias respuestas. Esta sale de la media de las puntuaciones por dimensión de todos, así que cada persona cuenta lo mismo; hablen primero de las preguntas de arriba.',
  groupPlan: 'Depende de las respuestas en las que se pongan de acuerdo',
  notAsked: 'No se preguntó',
  screen: {
    title: 'Comparar respuestas',
    lead: 'Pega los enlaces compartidos (o abre los archivos guardados) de {min} a {max} personas que respondieron las mismas preguntas para ver en qué coinciden y qué necesita el equipo en conjunto.',
    addPerson: 'Añadir una persona',
    compare: 'Comparar',
    back: 'Atrás',
    cannotRead: 'No se pudieron leer algunas respuestas; corrígelas y compara otra vez.',
    noInput: 'Pega un enlace compartido o elige un archivo guardado.',
    wholeComparison:
      'Este es un enlace a una comparación completa, no al resultado de una persona; ábrelo en la barra de direcciones del navegador.',
    personLine: '{name}: {text}',
    sameAnswers:
      '{name} y {earlier} dieron exactamente las mismas respuestas: ¿es el mismo resultado dos veces? Compara el enlace o el archivo propio de cada persona.',
    you: 'Tú',
    shared: 'Compartido',
    mineSource: 'tus respuestas en este navegador',
    sharedSource: 'el resultado compartido',
    linkSource: 'el enlace de comparación',
    fileSource: 'el archivo guardado',
  },
  person: {
    legend: 'Persona {number}',
    name: 'Nombre de la persona {number}',
    placeholder: 'Persona {number}',
    link: 'Enlace compartido de la persona {number}',
    file: 'O un archivo guardado de la persona {number}',
    using: 'Origen: {source}.',
    useLink: 'Usar el enlace en su lugar',
    remove: 'Quitar a la persona {number}',
  },
  view: {
    peopleTitle: 'El resultado de cada persona',
    captionPlan: 'Recomendación, plan de contratación y puntuaciones por dimensión (de 0 a 100) de cada persona',
    caption: 'Recomendación y puntuaciones por dimensión (de 0 a 100) de cada persona',
    person: 'Persona',
    recommendation: 'Recomendación',
    plan: 'Plan',
    everyone: 'Todos juntos',
    openFull: 'Abrir el resultado completo de {name}',
    differencesTitle: 'Dónde más difieren',
    sameAnswers: 'Todos dieron las mismas respuestas.',
    differencesCaption: 'Preguntas respondidas de forma distinta, primero las que más mueven las puntuaciones',
    differencesCaptionPart:
      'Preguntas respondidas de forma distinta, primero las que más mueven las puntuaciones ({shown} de {count})',
    question: 'Pregunta',
    showFewer: 'Mostrar menos',
    showAll: { one: 'Mostrar la {count} diferencia', other: 'Mostrar las {count} diferencias' },
    togetherTitle: 'En conjunto',
  },
  exports: {
    title: 'Llévate la comparación',
    copyMarkdown: 'Copiar la comparación como Markdown',
    download: 'Descargar la comparación (.md)',
    copyLink: 'Copiar el enlace de comparación',
    hint: 'El enlace de comparación contiene los nombres y las respuestas de todos en la propia dirección; no se envía nada a ningún servidor.',
    copied: 'Comparación copiada como Markdown. Pégala en un documento o en un ticket.',
    noClipboard:
      'Este navegador no dejó que Role Fit copiara; selecciona el texto y cópialo tú. También puedes descargarla.',
    downloaded: 'Comparación descargada como archivo Markdown.',
    linkCopied: 'Enlace de comparación copiado. Quien lo abra verá estos nombres, respuestas y resultados.',
    linkNotCopied:
      'Este navegador no dejó que Role Fit copiara; selecciona el texto y cópialo tú. El enlace aparece abajo.',
    linkLabel: 'Enlace de comparación',
  },
  shared: {
    banner: 'Comparación compartida',
    bannerTitle: 'Comparación compartida.',
    bannerText:
      'Estas son las respuestas de las personas nombradas en el enlace. Tus propias respuestas en este navegador no se muestran ni se cambian.',
    addMine: 'Añadir mis respuestas',
    backToMine: 'Volver a mis respuestas',
    close: 'Cerrar la comparación compartida',
    title: 'Comparación compartida',
    lead: 'Las respuestas de {names}, una al lado de otra.',
  },
  markdown: {
    titleAgree: '# Comparación de Role Fit: {outcome}',
    titleDiffer: '# Comparación de Role Fit: recomendaciones distintas',
    intro: {
      one: 'Conjunto de preguntas {title} ({id} {version}), {date}. {count} persona: {names}.',
      other: 'Conjunto de preguntas {title} ({id} {version}), {date}. {count} personas: {names}.',
    },
    unknownDate: 'fecha desconocida',
    peopleTitle: '## El resultado de cada persona',
    tableIntroPlan: 'Recomendación, plan de contratación y puntuaciones por dimensión (de 0 a 100) de cada persona:',
    tableIntro: 'Recomendación y puntuaciones por dimensión (de 0 a 100) de cada persona:',
    person: 'Persona',
    recommendation: 'Recomendación',
    plan: 'Plan',
    everyone: '**Todos juntos**',
    differencesTitle: '## Dónde más difieren',
    sameAnswers: 'Todos dieron las mismas respuestas.',
    differencesIntro: {
      one: 'La pregunta respondida de forma distinta:',
      other: 'Las {count} preguntas respondidas de forma distinta, primero las que más mueven las puntuaciones:',
    },
    question: 'Pregunta',
    togetherTitle: '## En conjunto',
    openLink: 'Abre esta comparación en Role Fit: <{link}>',
    footer:
      'Hecho con Role Fit el {date} a partir del conjunto de preguntas {id}, versión {version} (contenido {hash}). El resultado es un consejo a partir de las respuestas, no un veredicto.',
  },
} satisfies typeof en;

export default compare;
