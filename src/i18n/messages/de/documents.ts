import type en from '../en/documents';

const documents = {
  unknownDate: 'unbekanntes Datum',
  summary: {
    title: 'Role-Fit-Ergebnis: {headline}',
    titleNamed: 'Role-Fit-Ergebnis für {name}: {headline}',
    howSure: 'Wie sicher: {word}. {text}',
    reason: '{topic}: {answer}',
    reasonWithEffect: '{topic}: {answer}, {which}',
  },
  markdown: {
    questionSet: 'Fragenkatalog {title} ({id} {version}), {date}.',
    recommendation: 'Empfehlung',
    tentative:
      'Vorläufig: Weniger als die Hälfte dessen, was die Fragen gewichten können, ist beantwortet. Am wichtigsten wären diese Fragen: {questions}.',
    hiringPlan: 'Einstellungsplan',
    coverage: {
      one: '{answered} von {count} Frage beantwortet, {unsure} mit „Weiß nicht“, {weight} % dessen, was die Fragen gewichten können.',
      other:
        '{answered} von {count} Fragen beantwortet, {unsure} mit „Weiß nicht“, {weight} % dessen, was die Fragen gewichten können.',
    },
    fitScores: 'Passungswerte',
    fitCaption:
      'Wie gut jede Option passt, auf einer Skala bis 100: 100 ist, wohin die Antworten führen, und je weiter eine Option von 100 entfernt ist, desto stärker müssten sich die Antworten ändern, um sie zu erreichen.',
    option: 'Option',
    fit: 'Passung',
    ruledOut: 'ausgeschlossen',
    dimensionScores: 'Werte je Dimension',
    dimensionCaption: 'Wo das Unternehmen in jeder Dimension steht, auf einer Skala bis 100:',
    dimension: 'Dimension',
    score: 'Wert',
    mainReasons: 'Hauptgründe',
    noReason: 'Keine einzelne Antwort stach heraus.',
    whatWouldChange: 'Was die Empfehlung ändern würde',
    whatTheRoleDoes: 'Was die Rolle umfasst',
    responsibilities: 'Aufgaben',
    skills: 'Gesuchte Fähigkeiten',
    whenToRevisit: 'Wann Sie neu bewerten sollten',
    noRevisit: 'Keine der Antworten, die sich bald ändern könnten, würde dies für sich allein ändern.',
    revisitPoint: '{when} ({topic}, derzeit {now}), könnte die Empfehlung lauten: {outcomes}.',
    jobPostStarters: { one: 'Entwurf für eine Stellenanzeige', other: 'Entwürfe für Stellenanzeigen' },
    jobPostIntro:
      'Ein Entwurf zum Anpassen: Ergänzen Sie Ihr Unternehmen, das Team, den Standort und Ihre Arbeitsweise.',
    aboutTheRole: 'Über die Rolle.',
    whatYouWillDo: 'Ihre Aufgaben',
    whatYouBring: 'Was Sie mitbringen',
    yourAnswers: 'Ihre Antworten',
    answersCaption: 'Alle Fragen in der Reihenfolge, in der sie gestellt wurden:',
    question: 'Frage',
    answer: 'Antwort',
    notAsked: 'Nicht gestellt (traf nicht zu)',
    madeWith:
      'Erstellt mit Role Fit am {date} aus dem Fragenkatalog {id}, Version {version} (Inhalt {hash}). Das Ergebnis ist eine Empfehlung auf Grundlage Ihrer Antworten, kein Urteil.',
    madeWithNoDate:
      'Erstellt mit Role Fit an einem unbekannten Datum aus dem Fragenkatalog {id}, Version {version} (Inhalt {hash}). Das Ergebnis ist eine Empfehlung auf Grundlage Ihrer Antworten, kein Urteil.',
  },
  text: {
    hiringPlan: 'Einstellungsplan: {plan}',
    mainReasons: 'Hauptgründe:',
    whatWouldChange: 'Was die Empfehlung ändern würde:',
    whenToRevisit: 'Wann Sie neu bewerten sollten:',
    madeWith: 'Erstellt mit Role Fit am {date} aus dem Fragenkatalog {id} {version}.',
    madeWithNoDate: 'Erstellt mit Role Fit an einem unbekannten Datum aus dem Fragenkatalog {id} {version}.',
  },
  kit: {
    title: { one: 'Einstellungskit', other: 'Einstellungskits' },
    madeWith:
      'Erstellt mit Role Fit am {date} aus Ihren Antworten. Vor dem ersten Interview an Ihr Unternehmen anpassen.',
    madeWithNoDate:
      'Erstellt mit Role Fit an einem unbekannten Datum aus Ihren Antworten. Vor dem ersten Interview an Ihr Unternehmen anpassen.',
    none: 'Noch kein Kit: Das Ergebnis ist vorläufig. Beantworten Sie weitere Fragen, um eine Empfehlung und das passende Kit zu erhalten.',
    hiring: 'Einzustellen: {people}.',
    intake: 'Intake-Checkliste für die einstellende Führungskraft',
    owns: 'Was die neue Person verantwortet',
    workWith: 'Mit wem die Person zusammenarbeitet',
    success: 'Woran Erfolg nach 90 Tagen zu erkennen ist',
    scorecard: 'Scorecard',
    scorecardHelp:
      'Bewerten Sie jedes Kriterium mit schwach, mittel, gut oder stark – nach dem, was die Person im Gespräch gezeigt hat, und bevor Sie mit den anderen Interviewenden sprechen.',
    attribute: 'Kriterium',
    weak: 'Schwach',
    fair: 'Mittel',
    good: 'Gut',
    strong: 'Stark',
    interviewQuestions: 'Interviewfragen',
    tests: '{attribute}',
    testsBecause: '{attribute}; Hintergrund: {because}',
  },
  printRecord: {
    yourAnswers: 'Ihre Antworten',
    theirAnswers: 'Die geteilten Antworten',
    namedAnswers: 'Antworten von {name}',
    madeWith: 'Erstellt mit Role Fit am {date} aus dem Fragenkatalog „{title}“ ({id} {version}).',
    madeWithNoDate:
      'Erstellt mit Role Fit an einem unbekannten Datum aus dem Fragenkatalog „{title}“ ({id} {version}).',
  },
  cli: {
    recommendation: 'Empfehlung: {headline} ({outcome}, Status {status})',
    confidence: 'Wie sicher: {word}. {text}',
    plan: 'Plan:',
    fit: 'Passung (100: wohin die Antworten führen; je niedriger, desto stärker müssten sich die Antworten ändern):',
    ruledOut: 'ausgeschlossen',
    dimensions: 'Dimensionen:',
    coverage: {
      one: 'Abdeckung: {answered} von {count} Frage beantwortet, {weight} % des Gewichts',
      other: 'Abdeckung: {answered} von {count} Fragen beantwortet, {weight} % des Gewichts',
    },
    whatWouldChange: 'Was die Empfehlung ändern würde:',
  },
} satisfies typeof en;

export default documents;
