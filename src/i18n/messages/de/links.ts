import type en from '../en/links';

const links = {
  quote: '„{text}“',
  quoteCut: '„{text}…“',
  person: 'Person {number}',
  share: {
    empty:
      'Dieser Link enthält kein Ergebnis: Der Teil nach „#“ fehlt. Bitten Sie die Person, die ihn geschickt hat, noch einmal um den vollständigen Link.',
    tooLong:
      'Das ist viel zu lang für einen Role-Fit-Link. Prüfen Sie, ob nur der Link eingefügt ist, oder bitten Sie die Person, die ihn geschickt hat, noch einmal um den Link.',
    notALink:
      'Das ist kein Ergebnis-Link von Role Fit. Bitten Sie die Person, die ihn geschickt hat, noch einmal um den vollständigen Link.',
    newerVersion:
      'Dieser Link wurde mit einer neueren Version von Role Fit erstellt. Laden Sie die Seite neu, um die aktuelle Version zu erhalten, und öffnen Sie den Link dann noch einmal.',
    unknownVersion:
      'Dieser Link hat ein Format, das Role Fit nicht kennt. Bitten Sie die Person, die ihn geschickt hat, um einen neuen Link.',
    damaged:
      'Dieser Link ist beschädigt, wahrscheinlich beim Kopieren abgeschnitten oder verändert. Bitten Sie die Person, die ihn geschickt hat, noch einmal um den vollständigen Link.',
    invalidAnswers:
      'Die Antworten in diesem Link passen nicht zu den aktuellen Fragen. Bitten Sie die Person, die ihn geschickt hat, um einen neuen Link.',
    otherBank:
      'Dieser Link wurde für den Fragenkatalog „{linkBank}“ erstellt, nicht für „{bank}“, und lässt sich deshalb hier nicht öffnen.',
    tooManyAnswers:
      'Dieser Link enthält Antworten auf mehr Fragen, als es jetzt gibt. Bitten Sie die Person, die ihn geschickt hat, um einen neuen Link.',
    badAnswer:
      'Dieser Link enthält eine Antwort, die nicht zur Frage {question} passt. Bitten Sie die Person, die ihn geschickt hat, um einen neuen Link.',
    changed:
      'Die Fragen oder Empfehlungen von Role Fit haben sich geändert, seit dieser Link erstellt wurde. Prüfen Sie daher die Antworten, bevor Sie sich auf das Ergebnis verlassen.',
  },
  comparison: {
    empty:
      'Dieser Link enthält keinen Vergleich: Der Teil nach „#“ fehlt. Bitten Sie die Person, die ihn geschickt hat, noch einmal um den vollständigen Link.',
    tooLong:
      'Das ist viel zu lang für einen Vergleichslink von Role Fit. Prüfen Sie, ob nur der Link eingefügt ist, oder bitten Sie die Person, die ihn geschickt hat, noch einmal um den Link.',
    notALink:
      'Das ist kein Vergleichslink von Role Fit. Bitten Sie die Person, die ihn geschickt hat, noch einmal um den vollständigen Link.',
    newerVersion:
      'Dieser Vergleichslink wurde mit einer neueren Version von Role Fit erstellt. Laden Sie die Seite neu, um die aktuelle Version zu erhalten, und öffnen Sie den Link dann noch einmal.',
    unknownVersion:
      'Dieser Vergleichslink hat ein Format, das Role Fit nicht kennt. Bitten Sie die Person, die ihn geschickt hat, um einen neuen Link.',
    damaged:
      'Dieser Vergleichslink ist beschädigt, wahrscheinlich beim Kopieren abgeschnitten oder verändert. Bitten Sie die Person, die ihn geschickt hat, noch einmal um den vollständigen Link.',
    otherBank:
      'Dieser Vergleich wurde für den Fragenkatalog „{linkBank}“ erstellt, nicht für „{bank}“, und lässt sich deshalb hier nicht öffnen.',
    people: {
      one: 'Dieser Vergleichslink enthält {count} Person, ein Vergleich braucht aber {min} bis {max}. Bitten Sie die Person, die ihn geschickt hat, um einen neuen Link.',
      other:
        'Dieser Vergleichslink enthält {count} Personen, ein Vergleich braucht aber {min} bis {max}. Bitten Sie die Person, die ihn geschickt hat, um einen neuen Link.',
    },
    badName:
      'Der Name von Person {number} in diesem Vergleichslink lässt sich nicht lesen. Bitten Sie die Person, die ihn geschickt hat, um einen neuen Link.',
    badAnswers: '{name}: {message}',
    changed:
      'Die Fragen oder Empfehlungen von Role Fit haben sich geändert, seit dieser Vergleich erstellt wurde. Prüfen Sie daher die Antworten, bevor Sie sich darauf verlassen.',
  },
  answer: {
    unknownQuestion: 'Es gibt eine Antwort auf {id}, aber diese Frage stellt Role Fit nicht.',
    notAnObject: 'Die Antworten sind keine Liste von Fragen mit ihren Antworten.',
    hiddenQuestion: 'Die Antwort auf {question} gilt nicht: Nach den anderen Antworten wird diese Frage übersprungen.',
    unknownOption: 'Die Antwort auf {question} nennt {option}, aber das ist keine ihrer Optionen.',
    duplicateOption: 'Die Antwort auf {question} wählt dieselbe Option zweimal.',
    tooManyChoices: {
      one: 'Die Antwort auf {question} wählt {count} Option; höchstens {max} dürfen gewählt werden.',
      other: 'Die Antwort auf {question} wählt {count} Optionen; höchstens {max} dürfen gewählt werden.',
    },
    tooManyChoicesUncounted:
      'Die Antwort auf {question} wählt zu viele Optionen; höchstens {max} dürfen gewählt werden.',
    exclusiveOption:
      'Die Antwort auf {question} wählt zwei Optionen, die sich ausschließen: „{first}“ kann nicht zusammen mit „{second}“ gewählt werden.',
    noChoice: 'Die Antwort auf {question} wählt keine Option.',
    outOfRange: 'Die Antwort auf {question} ist {value}; erlaubt ist eine ganze Zahl von {min} bis {max}.',
    notANumberOutOfRange: 'Die Antwort auf {question} ist keine Zahl; erlaubt ist eine ganze Zahl von {min} bis {max}.',
    notANumber: 'Die Antwort auf {question} ist keine Zahl.',
    notAList: 'Die Antwort auf {question} ist keine Liste ihrer Optionen.',
    notAnOption: 'Die Antwort auf {question} ist keine ihrer Optionen.',
  },
  moreProblems: {
    one: '…und {count} weiteres Problem dieser Art.',
    other: '…und {count} weitere Probleme dieser Art.',
  },
  file: {
    notAFile: 'Das ist keine Ergebnisdatei von Role Fit. Wählen Sie die .json-Datei, die Role Fit gespeichert hat.',
    tooLarge:
      'Diese Datei ist größer als 1 MB (1.000.000 Byte) und daher kein Ergebnis von Role Fit. Wählen Sie die .json-Datei, die Role Fit gespeichert hat.',
    size: { one: 'Sie ist {count} Byte groß.', other: 'Sie ist {count} Byte groß.' },
    empty:
      'Diese Datei ist leer und daher kein Ergebnis von Role Fit. Wählen Sie die .json-Datei, die Role Fit gespeichert hat.',
    tooDeep:
      'Diese Datei verschachtelt Daten tiefer als {depth} Ebenen, was kein Ergebnis von Role Fit tut. Wählen Sie die .json-Datei, die Role Fit gespeichert hat.',
    forbidden:
      'Diese Datei enthält Namen, die Role Fit aus Sicherheitsgründen ablehnt, und wurde deshalb nicht geöffnet. Wählen Sie die .json-Datei, die Role Fit gespeichert hat.',
    forbiddenName: '{name} in {place} ist ein Name, den Role Fit ablehnt.',
    notAResult:
      'Diese Datei ist kein Ergebnis von Role Fit. Wählen Sie die .json-Datei, die mit „Ergebnisdatei speichern (.json)“ gespeichert wurde.',
    newerVersion:
      'Diese Datei wurde mit einer neueren Version von Role Fit gespeichert. Laden Sie die Seite neu, um die aktuelle Version zu erhalten, und öffnen Sie die Datei dann noch einmal.',
    damaged:
      'Diese Ergebnisdatei ist beschädigt oder wurde von Hand bearbeitet und wurde deshalb nicht geöffnet. Speichern Sie das Ergebnis noch einmal.',
    otherBank:
      'Diese Datei wurde für den Fragenkatalog {fileBank} gespeichert, nicht für „{bank}“, und lässt sich deshalb hier nicht öffnen.',
    answersDoNotFit:
      'Die Antworten in dieser Datei passen nicht zu den aktuellen Fragen, deshalb wurde sie nicht geöffnet. Beantworten Sie die Fragen noch einmal.',
    binary:
      'Diese Datei sieht aus wie eine Binärdatei (ein Bild oder ein Archiv?), nicht wie ein Ergebnis von Role Fit. Wählen Sie die .json-Datei, die Role Fit gespeichert hat.',
    startsLike: {
      png: 'Sie beginnt wie ein PNG-Bild.',
      gif: 'Sie beginnt wie ein GIF-Bild.',
      jpeg: 'Sie beginnt wie ein JPEG-Bild.',
      pdf: 'Sie beginnt wie ein PDF-Dokument.',
      zip: 'Sie beginnt wie ein ZIP-Archiv (auch Word- und Excel-Dokumente sind ZIP-Archive).',
    },
    brokenJson:
      'Diese Datei ist beschädigt: Ihr JSON-Text ist abgeschnitten oder fehlerhaft, daher ist sie kein Ergebnis von Role Fit. Wählen Sie die .json-Datei, die Role Fit gespeichert hat.',
    cutShort: 'Sie endet vor ihren Daten: Vielleicht wurde sie abgeschnitten.',
    stopsAt: 'Ab Zeile {line}, Spalte {column} ist sie kein gültiges JSON mehr.',
    notJson:
      'Das ist keine Ergebnisdatei von Role Fit: Sie enthält keinen JSON-Text. Wählen Sie die .json-Datei, die Role Fit gespeichert hat.',
    markup: 'Sie sieht aus wie eine Webseite oder anderes Markup.',
    begins: 'Sie beginnt mit {start}.',
    questionSet: 'Sie sieht aus wie ein Fragenkatalog, nicht wie ein gespeichertes Ergebnis.',
    plainAnswers:
      'Sie sieht aus wie eine einfache Liste von Antworten, wie sie die Kommandozeile liest („npm run score“), nicht wie ein gespeichertes Ergebnis.',
    place: {
      file: { start: 'Die Datei', inner: 'der Datei' },
      schema: { start: 'Die Schema-Adresse', inner: 'der Schema-Adresse' },
      format: { start: 'Der Name des Formats', inner: 'dem Namen des Formats' },
      formatVersion: { start: 'Die Version des Formats', inner: 'der Version des Formats' },
      bank: {
        start: 'Der Eintrag zu den Fragen, mit denen sie gespeichert wurde,',
        inner: 'dem Eintrag zu den Fragen, mit denen sie gespeichert wurde,',
      },
      createdAt: { start: 'Das Speicherdatum', inner: 'dem Speicherdatum' },
      answers: { start: 'Die Liste der Antworten', inner: 'der Liste der Antworten' },
      result: {
        start: 'Das mit den Antworten gespeicherte Ergebnis',
        inner: 'dem mit den Antworten gespeicherten Ergebnis',
      },
      answer: { start: 'Die Antwort auf {question}', inner: 'der Antwort auf {question}' },
      inPart: { start: '{name} in {part}', inner: '{name} in {part}' },
    },
    unknownAnswer: 'Es gibt eine Antwort auf {id}, aber diese Frage stellt Role Fit nicht.',
    unknownEntries: {
      one: '{place} hat einen Eintrag, den Role Fit nie schreibt: {names}.',
      other: '{place} hat {count} Einträge, die Role Fit nie schreibt: {names}.',
    },
    unknownEntriesMore: {
      one: '{place} hat {count} Einträge, die Role Fit nie schreibt: {names} und {more} weitere.',
      other: '{place} hat {count} Einträge, die Role Fit nie schreibt: {names} und {more} weitere.',
    },
    tooManyAnswers: 'Die Liste der Antworten enthält mehr Antworten, als es Fragen gibt.',
    wrongKind: '{place} hat die falsche Art von Wert.',
    missing: '{place} fehlt.',
    badValue: '{place} hat einen Wert, den Role Fit nie schreibt.',
    changed:
      'Dieses Ergebnis wurde mit Version {saved} der Fragen gespeichert, aktuell ist {current} ({changes}). Prüfen Sie daher Ihre Antworten, bevor Sie sich auf das Ergebnis verlassen.',
    newQuestions: 'neue Fragen: {topics}',
    dropped: { one: 'eine Frage wurde entfernt', other: '{count} Fragen wurden entfernt' },
    reworded: 'einige Fragen oder Optionen wurden umformuliert oder anders gewichtet',
    unreadable: 'Der Browser konnte diese Datei nicht lesen. Wählen Sie sie bitte noch einmal.',
  },
  open: {
    title: 'Gespeichertes Ergebnis öffnen',
    lead: 'Wählen Sie eine .json-Datei, die mit „Ergebnisdatei speichern (.json)“ gespeichert wurde: Ihre eigene oder die einer Kollegin oder eines Kollegen. Sie öffnet sich schreibgeschützt; Ihre eigenen Antworten bleiben, wie sie sind, bis Sie sie ersetzen. Die Datei bleibt in diesem Browser.',
    label: 'Gespeicherte Ergebnisdatei',
    back: 'Zurück',
  },
  notice: {
    resultTitle: 'Der geteilte Link ließ sich nicht öffnen',
    comparisonTitle: 'Der Vergleichslink ließ sich nicht öffnen',
    dismiss: 'Schließen',
  },
} satisfies typeof en;

export default links;
