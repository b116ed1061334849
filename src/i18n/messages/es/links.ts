import type en from '../en/links';

const links = {
  quote: '“{text}”',
  quoteCut: '“{text}…”',
  person: 'Persona {number}',
  share: {
    empty:
      'Este enlace no contiene ningún resultado: falta la parte después de “#”. Pide a quien te lo envió el enlace completo otra vez.',
    tooLong:
      'Esto es demasiado largo para ser un enlace de Role Fit. Comprueba que solo contenga el enlace o pide a quien te lo envió el enlace otra vez.',
    notALink: 'Esto no es un enlace a un resultado de Role Fit. Pide a quien te lo envió el enlace completo otra vez.',
    newerVersion:
      'Este enlace se creó con una versión más reciente de Role Fit. Recarga la página para obtener la última versión y abre el enlace otra vez.',
    unknownVersion: 'Este enlace usa un formato que Role Fit no conoce. Pide a quien te lo envió un enlace nuevo.',
    damaged:
      'Este enlace está dañado; probablemente se cortó o cambió al copiarlo. Pide a quien te lo envió el enlace completo otra vez.',
    invalidAnswers:
      'Las respuestas de este enlace no encajan con las preguntas actuales. Pide a quien te lo envió un enlace nuevo.',
    otherBank:
      'Este enlace se creó para el conjunto de preguntas “{linkBank}”, no para “{bank}”, así que no se puede abrir aquí.',
    tooManyAnswers:
      'Este enlace contiene respuestas a más preguntas de las que hay ahora. Pide a quien te lo envió un enlace nuevo.',
    badAnswer:
      'Este enlace contiene una respuesta que no encaja con la pregunta {question}. Pide a quien te lo envió un enlace nuevo.',
    changed:
      'Las preguntas o recomendaciones de Role Fit han cambiado desde que se creó este enlace, así que revisa las respuestas antes de fiarte del resultado.',
  },
  comparison: {
    empty:
      'Este enlace no contiene ninguna comparación: falta la parte después de “#”. Pide a quien te lo envió el enlace completo otra vez.',
    tooLong:
      'Esto es demasiado largo para ser un enlace de comparación de Role Fit. Comprueba que solo contenga el enlace o pide a quien te lo envió el enlace otra vez.',
    notALink: 'Esto no es un enlace de comparación de Role Fit. Pide a quien te lo envió el enlace completo otra vez.',
    newerVersion:
      'Este enlace de comparación se creó con una versión más reciente de Role Fit. Recarga la página para obtener la última versión y abre el enlace otra vez.',
    unknownVersion:
      'Este enlace de comparación usa un formato que Role Fit no conoce. Pide a quien te lo envió un enlace nuevo.',
    damaged:
      'Este enlace de comparación está dañado; probablemente se cortó o cambió al copiarlo. Pide a quien te lo envió el enlace completo otra vez.',
    otherBank:
      'Esta comparación se creó para el conjunto de preguntas “{linkBank}”, no para “{bank}”, así que no se puede abrir aquí.',
    people: {
      one: 'Este enlace de comparación contiene {count} persona, pero una comparación necesita de {min} a {max}. Pide a quien te lo envió un enlace nuevo.',
      other:
        'Este enlace de comparación contiene {count} personas, pero una comparación necesita de {min} a {max}. Pide a quien te lo envió un enlace nuevo.',
    },
    badName:
      'No se puede leer el nombre de la persona {number} de este enlace de comparación. Pide a quien te lo envió un enlace nuevo.',
    badAnswers: '{name}: {message}',
    changed:
      'Las preguntas o recomendaciones de Role Fit han cambiado desde que se creó esta comparación, así que revisa las respuestas antes de fiarte de ella.',
  },
  answer: {
    unknownQuestion: 'Hay una respuesta a {id}, que no es una pregunta de Role Fit.',
    notAnObject: 'Las respuestas no son una lista de preguntas con sus respuestas.',
    hiddenQuestion: 'La respuesta a {question} no corresponde: con las demás respuestas, esa pregunta se omite.',
    unknownOption: 'La respuesta a {question} indica {option}, que no es una de sus opciones.',
    duplicateOption: 'La respuesta a {question} marca la misma opción dos veces.',
    tooManyChoices: {
      one: 'La respuesta a {question} marca {count} opción; se pueden marcar como máximo {max}.',
      other: 'La respuesta a {question} marca {count} opciones; se pueden marcar como máximo {max}.',
    },
    tooManyChoicesUncounted: 'La respuesta a {question} marca demasiadas opciones; se pueden marcar como máximo {max}.',
    exclusiveOption:
      'La respuesta a {question} marca dos opciones que se excluyen: “{first}” no se puede marcar junto con “{second}”.',
    noChoice: 'La respuesta a {question} no marca ninguna opción.',
    outOfRange: 'La respuesta a {question} es {value}; debe ser un número entero de {min} a {max}.',
    notANumberOutOfRange: 'La respuesta a {question} no es un número; debe ser un número entero de {min} a {max}.',
    notANumber: 'La respuesta a {question} no es un número.',
    notAList: 'La respuesta a {question} no es una lista de sus opciones.',
    notAnOption: 'La respuesta a {question} no es una de sus opciones.',
  },
  moreProblems: {
    one: '…y {count} problema más como estos.',
    other: '…y {count} problemas más como estos.',
  },
  file: {
    notAFile: 'Esto no es un archivo de resultado de Role Fit. Elige el archivo .json que guardó Role Fit.',
    tooLarge:
      'Este archivo ocupa más de 1 MB (1.000.000 bytes), así que no es un resultado de Role Fit. Elige el archivo .json que guardó Role Fit.',
    size: { one: 'Ocupa {count} byte.', other: 'Ocupa {count} bytes.' },
    empty:
      'Este archivo está vacío, así que no es un resultado de Role Fit. Elige el archivo .json que guardó Role Fit.',
    tooDeep:
      'Este archivo anida datos a más de {depth} niveles de profundidad, algo que ningún resultado de Role Fit hace. Elige el archivo .json que guardó Role Fit.',
    forbidden:
      'Este archivo contiene nombres que Role Fit rechaza por seguridad, así que no se abrió. Elige el archivo .json que guardó Role Fit.',
    forbiddenName: '{name} en {place} es un nombre que Role Fit rechaza.',
    notAResult:
      'Este archivo no es un resultado de Role Fit. Elige el archivo .json guardado con “Guardar archivo de resultado (.json)”.',
    newerVersion:
      'Este archivo se guardó con una versión más reciente de Role Fit. Recarga la página para obtener la última versión y ábrelo otra vez.',
    damaged:
      'Este archivo de resultado está dañado o se editó a mano, así que no se abrió. Guarda el resultado otra vez.',
    otherBank:
      'Este archivo se guardó para el conjunto de preguntas {fileBank}, no para “{bank}”, así que no se puede abrir aquí.',
    answersDoNotFit:
      'Las respuestas de este archivo no encajan con las preguntas actuales, así que no se abrió. Responde las preguntas otra vez.',
    binary:
      'Este archivo parece un archivo binario (¿una imagen o un archivo comprimido?), no un resultado de Role Fit. Elige el archivo .json que guardó Role Fit.',
    startsLike: {
      png: 'Empieza como una imagen PNG.',
      gif: 'Empieza como una imagen GIF.',
      jpeg: 'Empieza como una imagen JPEG.',
      pdf: 'Empieza como un documento PDF.',
      zip: 'Empieza como un archivo ZIP (los documentos de Word y Excel también son archivos ZIP).',
    },
    brokenJson:
      'Este archivo está dañado: su texto JSON está cortado o roto, así que no es un resultado de Role Fit. Elige el archivo .json que guardó Role Fit.',
    cutShort: 'Termina antes que sus datos: puede que se haya cortado.',
    stopsAt: 'Deja de ser JSON en la línea {line}, columna {column}.',
    notJson:
      'Esto no es un archivo de resultado de Role Fit: no es texto JSON. Elige el archivo .json que guardó Role Fit.',
    markup: 'Parece una página web u otro tipo de marcado.',
    begins: 'Empieza con {start}.',
    questionSet: 'Parece un conjunto de preguntas, no un resultado guardado.',
    plainAnswers:
      'Parece una simple lista de respuestas, de las que lee la línea de comandos (“npm run score”), no un resultado guardado.',
    place: {
      file: { start: 'El archivo', inner: 'el archivo' },
      schema: { start: 'La dirección del esquema', inner: 'la dirección del esquema' },
      format: { start: 'El nombre del formato', inner: 'el nombre del formato' },
      formatVersion: { start: 'La versión del formato', inner: 'la versión del formato' },
      bank: {
        start: 'El registro de las preguntas con las que se guardó',
        inner: 'el registro de las preguntas con las que se guardó',
      },
      createdAt: { start: 'La fecha de guardado', inner: 'la fecha de guardado' },
      answers: { start: 'La lista de respuestas', inner: 'la lista de respuestas' },
      result: { start: 'El resultado guardado con las respuestas', inner: 'el resultado guardado con las respuestas' },
      answer: { start: 'La respuesta a {question}', inner: 'la respuesta a {question}' },
      inPart: { start: '{name} en {part}', inner: '{name} en {part}' },
    },
    unknownAnswer: 'Hay una respuesta a {id}, que no es una pregunta de Role Fit.',
    unknownEntries: {
      one: '{place} tiene una entrada que Role Fit nunca escribe: {names}.',
      other: '{place} tiene {count} entradas que Role Fit nunca escribe: {names}.',
    },
    unknownEntriesMore: {
      one: '{place} tiene {count} entradas que Role Fit nunca escribe: {names} y {more} más.',
      other: '{place} tiene {count} entradas que Role Fit nunca escribe: {names} y {more} más.',
    },
    tooManyAnswers: 'La lista de respuestas contiene más respuestas que preguntas hay.',
    wrongKind: '{place} contiene un tipo de valor incorrecto.',
    missing: '{place} no aparece en el archivo.',
    badValue: '{place} contiene un valor que Role Fit nunca escribe.',
    changed:
      'Este resultado se guardó con la versión {saved} de las preguntas y la actual es la {current} ({changes}), así que revisa tus respuestas antes de fiarte del resultado.',
    newQuestions: 'preguntas nuevas: {topics}',
    dropped: { one: 'se eliminó una pregunta', other: 'se eliminaron {count} preguntas' },
    reworded: 'se reformularon o reponderaron algunas preguntas u opciones',
    unreadable: 'El navegador no pudo leer este archivo. Vuelve a elegirlo.',
  },
  open: {
    title: 'Abrir un resultado guardado',
    lead: 'Elige un archivo .json guardado con “Guardar archivo de resultado (.json)”: tuyo o de un colega. Se abre en modo de solo lectura; tus propias respuestas se quedan como están hasta que decidas reemplazarlas. El archivo no sale de este navegador.',
    label: 'Archivo de resultado guardado',
    back: 'Atrás',
  },
  notice: {
    resultTitle: 'No se pudo abrir el enlace compartido',
    comparisonTitle: 'No se pudo abrir el enlace de comparación',
    dismiss: 'Cerrar',
  },
} satisfies typeof en;

export default links;
