import type en from '../en/advice';

/**
 * German: Sie, job titles in English. Bank texts: {covers} without articles ("Backlog und tägliche
 * Umsetzung"), {who} with "Ihre", {because}/{reason} a main clause in lower case, so it follows a dash.
 */
const advice = {
  quote: '„{text}“',
  people: {
    subject: { one: '1 {title}', other: '{count} {titles}' },
    object: { one: 'einen {title}', other: '{count} {titles}' },
    titlesOf: '{title}',
  },
  headline: {
    none: 'Keine Neueinstellung nötig',
    hire: '{people} einstellen',
    first: { one: 'Einen {name}', other: '{count} {names}' },
    next: { one: 'einen {name}', other: '{count} {names}' },
  },
  situation:
    'Für ein Unternehmen wie Ihres lautet die Empfehlung „{title}“; da bereits Leute an Bord sind, bleibt nur noch der Plan unten umzusetzen.',
  situationCalm:
    'Für ein Unternehmen wie Ihres lautet die Empfehlung „{title}“; nichts ist dringend, daher nennt der Plan unten nur die nächste Einstellung.',
  lead: {
    tentative: 'Für eine Empfehlung fehlen noch Antworten. Bisher deuten die Antworten auf „{title}“.',
    calm: 'Keine dringende Lücke: Ihre Antworten zeigen keine Überlastung und keine Hälfte der Arbeit, um die sich niemand kümmert.',
    calmFirst:
      'Keine dringende Lücke: Ihre Antworten zeigen keine Überlastung und keine Hälfte der Arbeit, um die sich niemand kümmert. Wenn Sie eine Produktperson einstellen, dann am besten einen {title}.',
  },
  noHire: {
    keeps: {
      plain: 'Derzeit ist keine Neueinstellung nötig: {who} deckt bereits {covers} ab.',
      tentative:
        'Wenn sich die bisherigen Antworten bestätigen, ist derzeit keine Neueinstellung nötig: {who} deckt bereits {covers} ab.',
    },
    owned: {
      plain: 'Derzeit ist keine Neueinstellung nötig. {reasons}',
      tentative: 'Wenn sich die bisherigen Antworten bestätigen, ist derzeit keine Neueinstellung nötig. {reasons}',
    },
    capped: {
      plain:
        'Derzeit ist keine Neueinstellung nötig: Sie haben bereits so viele Produktleute, wie Ihre Entwickler auslasten (etwa eine Person auf je {per} Entwickler). Klären Sie, wer wofür verantwortlich ist, bevor Sie jemanden dazuholen.',
      tentative:
        'Wenn sich die bisherigen Antworten bestätigen, ist derzeit keine Neueinstellung nötig: Sie haben bereits so viele Produktleute, wie Ihre Entwickler auslasten (etwa eine Person auf je {per} Entwickler). Klären Sie, wer wofür verantwortlich ist, bevor Sie jemanden dazuholen.',
    },
    plain: {
      plain: 'Derzeit ist keine Neueinstellung nötig.',
      tentative: 'Wenn sich die bisherigen Antworten bestätigen, ist derzeit keine Neueinstellung nötig.',
    },
  },
  order: {
    because: ' – {reason}',
    level:
      '{a} brauchen ebenso dringend eine verantwortliche Person wie {b}, daher kann jede der beiden Rollen zuerst kommen',
    gap: 'Ihre Antworten zeigen bei {a} klar die größere Lücke',
    close: 'die beiden Bedarfe liegen nah beieinander, und bei {a} ist die Lücke nur etwas größer',
    tip: 'die beiden Bedarfe liegen nah beieinander; den Ausschlag gibt Ihre Antwort „{answer}“ auf „{question}“',
  },
  plan: {
    keeps: {
      plain: 'Von den beiden Hälften behält {who} {covers}.',
      tentative: 'Wenn sich die bisherigen Antworten bestätigen, behält {who} {covers}.',
    },
    calmPartTime: {
      plain:
        'Nichts ist dringend: Wenn Sie jemanden einstellen, kann ein {title} in Teilzeit, als Fractional-Kraft oder auf Honorarbasis {covers} abdecken.',
      tentative:
        'Wenn sich die bisherigen Antworten bestätigen, ist nichts dringend: Wenn Sie jemanden einstellen, kann ein {title} in Teilzeit, als Fractional-Kraft oder auf Honorarbasis {covers} abdecken.',
    },
    calm: {
      plain: 'Nichts ist dringend: Wenn Sie jemanden einstellen, dann zuerst {whom}.',
      tentative:
        'Wenn sich die bisherigen Antworten bestätigen, ist nichts dringend: Wenn Sie jemanden einstellen, dann zuerst {whom}.',
    },
    partTime: {
      plain:
        'Mit weniger als einem vollen Gehalt holen Sie sich einen {title} in Teilzeit, als Fractional-Kraft oder auf Honorarbasis für {covers}{because}.',
      tentative:
        'Wenn sich die bisherigen Antworten bestätigen: Mit weniger als einem vollen Gehalt holen Sie sich einen {title} in Teilzeit, als Fractional-Kraft oder auf Honorarbasis für {covers}{because}.',
    },
    hireNow: {
      plain: 'Stellen Sie jetzt {whom} ein{because}.',
      tentative: 'Wenn sich die bisherigen Antworten bestätigen, stellen Sie jetzt {whom} ein{because}.',
    },
    settle: {
      one: 'Danach, sobald sich die erste Neueinstellung eingearbeitet hat: {people}.',
      other: 'Danach, sobald sich die ersten Neueinstellungen eingearbeitet haben: {people}.',
    },
    year: 'Später in diesem Jahr, im Rahmen des Budgets: {people}.',
    later: 'Über das Budget dieses Jahres hinaus: {people}, sobald das Budget es erlaubt.',
    capped:
      'Der Plan endet hier: Mehr Produktleute lasten Ihre Entwickler nicht aus (etwa eine Person auf je {per} Entwickler).',
    noBudget:
      'Das Budget wurde nicht angegeben, daher zeigt dies den gesamten Bedarf, nicht das, was Sie sich leisten können.',
  },
  planLine: {
    now: 'jetzt {people}{partTime}',
    year: 'dieses Jahr {people}{partTime}',
    later: 'später {people}{partTime}',
    partTime: ' (Teilzeit)',
    none: 'keine Neueinstellung',
  },
  details: {
    plain: '{people}: {covers}.',
    note: '{people}: {covers} ({note}).',
    inAll: '{why}: insgesamt {count}',
    inPlace: '{count} bereits vorhanden',
    lead: '{parts}; die Produktleitung besetzt eine davon',
    leadOnly: 'die Produktleitung besetzt eine Stelle',
    calm: '{parts}; nichts ist dringend, daher nennt der Plan nur die erste Person',
    calmOnly: 'nichts ist dringend, daher nennt der Plan nur die erste Person',
    team: {
      one: '{parts}; Ihre Entwickler lasten nur eine weitere Person aus',
      other: '{parts}; Ihre Entwickler lasten nur {count} weitere Personen aus',
    },
    teamOnly: {
      one: 'Ihre Entwickler lasten nur eine weitere Person aus',
      other: 'Ihre Entwickler lasten nur {count} weitere Personen aus',
    },
    beside: {
      one: 'zusätzlich zur vorhandenen Person: Ihre Antworten zeigen diese Arbeit noch nicht als abgedeckt',
      other: 'zusätzlich zu den {count} vorhandenen: Ihre Antworten zeigen diese Arbeit noch nicht als abgedeckt',
    },
  },
  not: {
    because: 'Nicht „{title}“: {because}',
    answers: 'Nicht „{title}“: Ihre Antworten deuten eher auf {mine} als auf {theirs}.',
    answersFacts: 'Nicht „{title}“: Ihre Antworten deuten eher auf {mine} als auf {theirs}, vor allem {facts}.',
    fact: '{topic}: {answer}',
  },
  change: {
    change: 'Wenn Sie {edits} antworten',
    edit: 'bei „{topic}“ {to} statt {from}',
  },
  revisitReach: 'Wenn Sie {answer} erreichen',
  answer: {
    none: 'Nicht beantwortet',
    unsure: 'Weiß nicht',
    number: { one: '{value} {unitOne}', other: '{value} {unit}' },
    separator: ', ',
  },
  moreAnswers: { one: '{answers} und {count} weitere', other: '{answers} und {count} weitere' },
  effect: {
    strategy: 'erhöht den Strategiebedarf',
    execution: 'erhöht den Umsetzungsbedarf',
    scale: 'erhöht Größe und Arbeitslast',
    other: 'erhöht „{label}“',
  },
  effectWhich: {
    strategy: 'was den Strategiebedarf erhöht',
    execution: 'was den Umsetzungsbedarf erhöht',
    scale: 'was Größe und Arbeitslast erhöht',
    other: 'was „{label}“ erhöht',
  },
  confidence: {
    tentative: 'Vorläufig',
    tentativeText: 'Weniger als die Hälfte dessen, was die Fragen gewichten können, ist beantwortet',
    open: 'Hängt von einer offenen Antwort ab',
    openText: 'Ihre Antwort auf „{question}“ könnte die Empfehlung für sich allein ändern',
    closeCall: 'Knappe Entscheidung',
    fairly: 'Recht gefestigt',
    settled: 'Gefestigt',
    closeCallText:
      'Schon eine einzige naheliegende Änderung (siehe „Was die Empfehlung ändern würde“) würde das Ergebnis kippen',
    fairlyText:
      'Nur ein größerer Schritt für sich allein (siehe „Was die Empfehlung ändern würde“) würde das Ergebnis ändern',
    twoText: 'Erst zwei Änderungen zugleich würden die Empfehlung ändern',
    settledText: 'Keine naheliegende Änderung einer einzelnen Antwort würde die Empfehlung ändern',
    withRests: '{text}. {rests}.',
    alone: '{text}.',
    restsOn: 'Die Empfehlung beruht auf {answered} der {shown} gestellten Fragen; {parts}',
    unsure: { one: 'bei {count} steht „Weiß nicht“', other: 'bei {count} steht „Weiß nicht“' },
    unanswered: { one: '{count} ist unbeantwortet', other: '{count} sind unbeantwortet' },
  },
  noChange: 'Keine naheliegende Änderung einer einzelnen Antwort würde diese Empfehlung ändern.',
  noChangeTentative: 'Antworten auf die noch offenen Fragen könnten diese Empfehlung ändern.',
  jobPost: {
    about: 'Über die Rolle: {about}',
    duties: 'Ihre Aufgaben:',
    skills: 'Was Sie mitbringen:',
  },
} satisfies typeof en;

export default advice;
