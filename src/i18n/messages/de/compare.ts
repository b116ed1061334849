import type en from '../en/compare';

const compare = {
  agree: 'Alle haben diese Empfehlung auch mit ihren eigenen Antworten erhalten.',
  differ:
    'Sie haben mit Ihren eigenen Antworten unterschiedliche Empfehlungen erhalten. Diese hier ergibt sich aus dem Durchschnitt aller Dimensionswerte, sodass jede Person gleich zählt; sprechen Sie zuerst die Fragen oben durch.',
  groupPlan: 'Ergibt sich aus den Antworten, auf die Sie sich einigen',
  notAsked: 'Nicht gefragt',
  screen: {
    title: 'Antworten vergleichen',
    lead: 'Fügen Sie die geteilten Links (oder gespeicherten Dateien) von {min} bis {max} Personen ein, die dieselben Fragen beantwortet haben, um zu sehen, wo Sie sich einig sind und was das Team als Ganzes braucht.',
    addPerson: 'Person hinzufügen',
    compare: 'Vergleichen',
    back: 'Zurück',
    cannotRead: 'Einige Antworten ließen sich nicht lesen. Korrigieren Sie sie und vergleichen Sie noch einmal.',
    noInput: 'Fügen Sie einen geteilten Link ein oder wählen Sie eine gespeicherte Datei.',
    wholeComparison:
      'Das ist ein Link zu einem ganzen Vergleich, nicht zum Ergebnis einer Person. Öffnen Sie ihn stattdessen in der Adresszeile des Browsers.',
    personLine: '{name}: {text}',
    sameAnswers:
      '{name} und {earlier} haben genau dieselben Antworten gegeben: Ist das zweimal dasselbe Ergebnis? Vergleichen Sie den eigenen Link oder die eigene Datei jeder Person.',
    you: 'Sie',
    shared: 'Geteilt',
    mineSource: 'Ihre Antworten in diesem Browser',
    sharedSource: 'das geteilte Ergebnis',
    linkSource: 'der Vergleichslink',
    fileSource: 'die gespeicherte Datei',
  },
  person: {
    legend: 'Person {number}',
    name: 'Name für Person {number}',
    placeholder: 'Person {number}',
    link: 'Geteilter Link für Person {number}',
    file: 'Oder eine gespeicherte Datei für Person {number}',
    using: 'Quelle: {source}.',
    useLink: 'Stattdessen den Link verwenden',
    remove: 'Person {number} entfernen',
  },
  view: {
    peopleTitle: 'Das Ergebnis jeder Person',
    captionPlan: 'Empfehlung, Einstellungsplan und Dimensionswerte (0 bis 100) für jede Person',
    caption: 'Empfehlung und Dimensionswerte (0 bis 100) für jede Person',
    person: 'Person',
    recommendation: 'Empfehlung',
    plan: 'Plan',
    everyone: 'Alle zusammen',
    openFull: 'Vollständiges Ergebnis von {name} öffnen',
    differencesTitle: 'Wo Sie sich am meisten unterscheiden',
    sameAnswers: 'Alle haben dieselben Antworten gegeben.',
    differencesCaption: 'Unterschiedlich beantwortete Fragen, die mit dem größten Einfluss auf die Werte zuerst',
    differencesCaptionPart:
      'Unterschiedlich beantwortete Fragen, die mit dem größten Einfluss auf die Werte zuerst ({shown} von {count})',
    question: 'Frage',
    showFewer: 'Weniger anzeigen',
    showAll: { one: 'Den {count} Unterschied anzeigen', other: 'Alle {count} Unterschiede anzeigen' },
    togetherTitle: 'Gemeinsam',
  },
  exports: {
    title: 'Den Vergleich mitnehmen',
    copyMarkdown: 'Vergleich als Markdown kopieren',
    download: 'Vergleich herunterladen (.md)',
    copyLink: 'Vergleichslink kopieren',
    hint: 'Der Vergleichslink enthält die Namen und Antworten aller Personen in der Adresse selbst; nichts wird an einen Server gesendet.',
    copied: 'Vergleich als Markdown kopiert. Fügen Sie ihn in ein Dokument oder ein Ticket ein.',
    noClipboard:
      'Dieser Browser hat Role Fit das Kopieren nicht erlaubt. Markieren Sie den Text und kopieren Sie ihn selbst. Sie können ihn auch herunterladen.',
    downloaded: 'Vergleich als Markdown-Datei heruntergeladen.',
    linkCopied: 'Vergleichslink kopiert. Wer ihn öffnet, sieht diese Namen, Antworten und Ergebnisse.',
    linkNotCopied:
      'Dieser Browser hat Role Fit das Kopieren nicht erlaubt. Markieren Sie den Text und kopieren Sie ihn selbst. Der Link steht unten.',
    linkLabel: 'Vergleichslink',
  },
  shared: {
    banner: 'Geteilter Vergleich',
    bannerTitle: 'Geteilter Vergleich.',
    bannerText:
      'Das sind die Antworten der Personen, die im Link genannt sind. Ihre eigenen Antworten in diesem Browser werden weder angezeigt noch geändert.',
    addMine: 'Meine Antworten hinzufügen',
    backToMine: 'Zurück zu meinen Antworten',
    close: 'Geteilten Vergleich schließen',
    title: 'Geteilter Vergleich',
    lead: 'Die Antworten von {names} im Vergleich.',
  },
  markdown: {
    titleAgree: '# Role-Fit-Vergleich: {outcome}',
    titleDiffer: '# Role-Fit-Vergleich: unterschiedliche Empfehlungen',
    intro: {
      one: 'Fragenkatalog {title} ({id} {version}), {date}. {count} Person: {names}.',
      other: 'Fragenkatalog {title} ({id} {version}), {date}. {count} Personen: {names}.',
    },
    unknownDate: 'unbekanntes Datum',
    peopleTitle: '## Das Ergebnis jeder Person',
    tableIntroPlan: 'Empfehlung, Einstellungsplan und Dimensionswerte (0 bis 100) für jede Person:',
    tableIntro: 'Empfehlung und Dimensionswerte (0 bis 100) für jede Person:',
    person: 'Person',
    recommendation: 'Empfehlung',
    plan: 'Plan',
    everyone: '**Alle zusammen**',
    differencesTitle: '## Wo Sie sich am meisten unterscheiden',
    sameAnswers: 'Alle haben dieselben Antworten gegeben.',
    differencesIntro: {
      one: 'Die unterschiedlich beantwortete Frage:',
      other: 'Alle {count} unterschiedlich beantworteten Fragen, die mit dem größten Einfluss auf die Werte zuerst:',
    },
    question: 'Frage',
    togetherTitle: '## Gemeinsam',
    openLink: 'Diesen Vergleich in Role Fit öffnen: <{link}>',
    footer:
      'Erstellt mit Role Fit am {date} aus dem Fragenkatalog {id}, Version {version} (Inhalt {hash}). Das Ergebnis ist ein Rat auf Grundlage der Antworten, kein Urteil.',
  },
} satisfies typeof en;

export default compare;
