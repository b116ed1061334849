import type en from '../en/wizard';

const wizard = {
  unsure: 'Weiß nicht',
  landing: {
    documentTitle: 'Finden Sie Ihre nächste Neueinstellung im Produktbereich',
    answered: {
      one: 'Sie haben in diesem Browser {count} Frage beantwortet.',
      other: 'Sie haben in diesem Browser {count} Fragen beantwortet.',
    },
    continue: 'Weiter',
    start: 'Starten',
    minutes: {
      one: 'Dauert etwa {count} Minute. Jede Frage hat die Antwort „Weiß nicht“.',
      other: 'Dauert etwa {count} Minuten. Jede Frage hat die Antwort „Weiß nicht“.',
    },
    private: 'Ihre Antworten verlassen diesen Browser nie: Es wird nichts an einen Server gesendet.',
    outcomes: 'Vier mögliche Antworten',
  },
  progress: 'Frage {current} von bis zu {most}',
  question: {
    documentTitle: '{progress}: {topic}',
    whyWeAsk: 'Warum wir fragen',
    loadingHelp: 'Wird geladen …',
    invalidNumber: 'Geben Sie eine ganze Zahl von {min} bis {max} ein oder wählen Sie „Weiß nicht“.',
    noNumber: 'Geben Sie eine Zahl ein oder wählen Sie „Weiß nicht“, um fortzufahren.',
    noChoice: 'Wählen Sie eine Antwort oder „Weiß nicht“, um fortzufahren.',
    comesUp:
      'Durch Ihre Änderung kommt diese Frage hinzu: Beantworten Sie sie oder wählen Sie „Weiß nicht“, um zur Übersicht zurückzukehren.',
    back: 'Zurück',
    backToReview: 'Zurück zur Übersicht',
    next: 'Weiter',
  },
  number: {
    bounds: 'Anzahl {unit}: eine ganze Zahl von {min} bis {max}.',
  },
  options: {
    all: 'Wählen Sie alle zutreffenden aus.',
    upTo: 'Wählen Sie bis zu {count} aus.',
    full: 'Sie haben die Höchstzahl ({count}) ausgewählt. Heben Sie eine Auswahl auf, um eine andere zu wählen.',
    unticked: {
      one: 'Auswahl aufgehoben: {options}.',
      other: 'Auswahl aufgehoben: {options}.',
    },
    quoted: '„{label}“',
    untickedOthers: 'Die übrigen Auswahlen wurden aufgehoben.',
  },
} satisfies typeof en;

export default wizard;
