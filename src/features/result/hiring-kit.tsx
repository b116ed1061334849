import { useMemo, useState } from 'react';
import { copyText, downloadText } from '../../components/download';
import { MessageSlot } from '../../components/message-slot';
import {
  buildHiringKitMarkdown,
  hiringKits,
  type Answers,
  type Bank,
  type Evaluation,
  type HiringKitFile,
  type RoleKit,
} from '../../engine';
import kitData from '../../../questions/hiring-kit.json' with { type: 'json' };
import { withTexts } from '../../engine/bank/bank-texts';
import { fill } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';
import { resultPack } from '../../i18n/registry';
import { fillNodes } from './fill-nodes';
import { ResultSection } from './result-section';
import './hiring-kit.css';

const kits = new Map<string, HiringKitFile>();

/**
 * The kit in the bank's language. Bundled as trusted data with the result screen, as the bank
 * is with the first screen: `validate:questions` checks it against the bank in every language
 * before every build, so Zod stays out.
 */
function kitFileFor(locale: string): HiringKitFile {
  let kit = kits.get(locale);
  if (!kit) kits.set(locale, (kit = { ...(withTexts(kitData, resultPack(locale).kit) as HiringKitFile), locale }));
  return kit;
}

const LEVELS = ['weak', 'fair', 'good', 'strong'] as const;

type Level = 'h3' | 'h4' | 'h5';

function Checklist({ title, items, heading: Heading }: { title: string; items: readonly string[]; heading: Level }) {
  if (items.length === 0) return null;
  return (
    <>
      <Heading>{title}</Heading>
      <ul className="kit-checklist">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** One role's kit; with several, each under its own heading, so the headings stay in order. */
function RoleKitView({ kit, headed }: { kit: RoleKit; headed: boolean }) {
  const locale = useLocale();
  const m = useResultMessages().result.hiringKit;
  // The kit's own headings, as its Markdown says them.
  const k = useResultMessages().documents.kit;
  const id = `kit-${kit.role}`;
  const Part = headed ? 'h4' : 'h3';
  const item = headed ? 'h5' : 'h4';
  return (
    <article className="kit-role" aria-labelledby={headed ? id : undefined}>
      {headed ? <h3 id={id}>{kit.title}</h3> : null}
      <p>{fill(locale, k.hiring, { people: kit.people })}</p>
      <Part>{k.intake}</Part>
      <Checklist heading={item} title={k.owns} items={kit.intake.owns} />
      <Checklist heading={item} title={k.workWith} items={kit.intake.workWith} />
      <Checklist heading={item} title={k.success} items={kit.intake.success} />
      <Part>{k.scorecard}</Part>
      <p className="muted">{m.scorecardHint}</p>
      <ul className="kit-scorecard">
        {kit.scorecard.map((attribute) => (
          <li key={attribute.id}>
            <p>{fillNodes(locale, m.attribute, { name: <strong>{attribute.name}</strong>, means: attribute.means })}</p>
            <dl className="kit-levels">
              {LEVELS.map((level) => (
                <div key={level}>
                  <dt>{m[level]}</dt>
                  <dd>{attribute[level]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <Part>{m.questions}</Part>
      <ol className="kit-questions">
        {kit.questions.map((question) => (
          <li key={question.text}>
            {question.text}{' '}
            <span className="muted">
              {question.because
                ? fill(locale, m.questionNoteBecause, { attribute: question.attributeName, because: question.because })
                : fill(locale, m.questionNote, { attribute: question.attributeName })}
            </span>
          </li>
        ))}
      </ol>
    </article>
  );
}

export interface HiringKitSectionProps {
  bank: Bank;
  answers: Answers;
  evaluation: Evaluation;
  /** The clock for the file name and date; the real one unless a test fixes it. */
  now?: () => Date;
}

/**
 * A hiring kit for each role in the plan, in a section that opens: intake checklist,
 * scorecard and interview questions, to copy or download as Markdown. Nothing for a
 * tentative result, which recommends no hire yet. On screen only, like the job posts.
 */
export function HiringKitSection({ bank, answers, evaluation, now = () => new Date() }: HiringKitSectionProps) {
  const kits = useMemo(
    () => hiringKits(bank, kitFileFor(bank.locale), answers, evaluation),
    [bank, answers, evaluation],
  );
  const locale = useLocale();
  const r = useResultMessages().result;
  const m = r.hiringKit;
  const [message, setMessage] = useState('');
  if (kits.length === 0) return null;
  const markdown = () => buildHiringKitMarkdown(kits, { date: now(), locale: bank.locale });
  const copy = async () => {
    setMessage('');
    setMessage((await copyText(markdown())) ? m.copied : r.copyRefused);
  };
  const download = () => {
    downloadText(
      `role-fit-hiring-kit-${now().toISOString().slice(0, 10)}.md`,
      'text/markdown;charset=utf-8',
      markdown(),
    );
    setMessage(m.downloaded);
  };
  const only = kits.length === 1 ? kits[0] : undefined;
  return (
    <div className="no-print">
      <ResultSection id="hiring-kit" title={only ? fill(locale, m.title, { title: only.title }) : m.titleMany}>
        <p className="muted">{m.intro}</p>
        <div className="actions kit-actions">
          <button type="button" className="button small" onClick={() => void copy()}>
            {m.copy}
          </button>
          <button type="button" className="button small" onClick={download}>
            {m.download}
          </button>
        </div>
        <MessageSlot role="status">{message}</MessageSlot>
        {kits.map((kit) => (
          <RoleKitView key={kit.role} kit={kit} headed={!only} />
        ))}
      </ResultSection>
    </div>
  );
}
