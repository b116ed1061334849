/**
 * A bank's words live apart from its data: one language-neutral file (ids, order, weights,
 * rules, plan) and, per language, a flat map from a text's path to the text. A path names
 * list items by their id where they have one ("questions.stage.options.idea.label") and by
 * position otherwise ("outcomes.po.responsibilities.0"). A translation holds strings only, at
 * paths the reference language has, so it cannot change an id, an order or a number.
 */

/** The fields of a bank or a hiring kit that are words for people, not data. */
export const TEXT_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'title',
  'intro',
  'description',
  'label',
  'help',
  'hint',
  'revisit',
  'topic',
  'unit',
  'unitOne',
  'because',
  'held',
  'missed',
  'missedBySize',
  'lead',
  'tagline',
  'summary',
  'responsibilities',
  'skills',
  'covers',
  'note',
  'who',
  'name',
  'plural',
  'about',
  'duties',
  'titles',
  'means',
  'weak',
  'fair',
  'good',
  'strong',
  'text',
]);

/** One language's words for a bank or a kit: path → text. */
export type Texts = Readonly<Record<string, string>>;

type Json = unknown;

const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list item's name in a path: its id when it has one, else its position. */
function itemKey(item: Json, index: number): string {
  return isRecord(item) && typeof item.id === 'string' ? item.id : String(index);
}

/**
 * Whether a text's path belongs to the part of the bank that loads with the result, not with
 * the first screens: the plan, the outcomes' long texts, the rules' and conflicts' reasons, the
 * decision's lines, why a question is asked (behind "Why we ask", loaded when it opens), when to
 * revisit it, and what each dimension measures.
 */
export function isResultText(path: string): boolean {
  const [first, , field] = path.split('.');
  if (first === 'plan' || first === 'rules' || first === 'conflicts' || first === 'decision') return true;
  if (first === 'outcomes') return ['summary', 'responsibilities', 'skills', 'variants', 'lead'].includes(field ?? '');
  if (first === 'questions') return field === 'revisit' || field === 'help';
  return first === 'dimensions' && field === 'description';
}

/** Splits a whole bank (or kit) into its language-neutral data and its texts. */
export function splitTexts(whole: Json): { data: Json; texts: Record<string, string> } {
  const texts: Record<string, string> = {};
  const collect = (value: Json, path: string) => {
    if (typeof value === 'string') texts[path] = value;
    else if (Array.isArray(value)) value.forEach((item, index) => collect(item, `${path}.${itemKey(item, index)}`));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) collect(item, `${path}.${key}`);
  };
  const strip = (value: Json, path: string): Json => {
    if (Array.isArray(value)) return value.map((item, index) => strip(item, `${path}${itemKey(item, index)}.`));
    if (!isRecord(value)) return value;
    const data: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) {
      const words =
        typeof item === 'string' || (Array.isArray(item) && item.every((entry) => typeof entry === 'string'));
      if (TEXT_FIELDS.has(key) && words) collect(item, `${path}${key}`);
      else data[key] = strip(item, `${path}${key}.`);
    }
    return data;
  };
  return { data: strip(whole, ''), texts };
}

/**
 * The whole bank (or kit): the language-neutral data with one language's texts put back at
 * their paths. A path that leads nowhere is skipped here; `textIssues` names it.
 */
export function withTexts(data: Json, texts: Texts): unknown {
  const whole: Json = structuredClone(data);
  for (const [path, text] of Object.entries(texts)) {
    const keys = path.split('.');
    let node: Json = whole;
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] ?? '';
      const last = index === keys.length - 1;
      const nextIsIndex = /^\d+$/.test(keys[index + 1] ?? '');
      if (Array.isArray(node)) {
        const found: Json =
          node.find((item) => isRecord(item) && item.id === key) ?? (/^\d+$/.test(key) ? undefined : null);
        if (found === null) break;
        if (found !== undefined) {
          node = found;
          continue;
        }
        const position = Number(key);
        if (last) node[position] = text;
        else node = node[position] ??= nextIsIndex ? [] : {};
      } else if (isRecord(node)) {
        if (last) node[key] = text;
        else node = node[key] ??= nextIsIndex ? [] : {};
      } else break;
    }
  }
  return whole;
}

/** `{name}` placeholders in a text, sorted, so two languages can be compared. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * What a translation gets wrong against the reference language: a path it lacks, a path the
 * reference does not have, an empty text, or placeholders that differ.
 */
export function textIssues(reference: Texts, translation: Texts): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  for (const [path, text] of Object.entries(reference)) {
    const translated = translation[path];
    if (translated === undefined) issues.push({ path, message: 'missing' });
    else if (typeof translated !== 'string' || translated.trim() === '')
      issues.push({ path, message: 'must be a non-empty text' });
    else if (placeholders(translated).join() !== placeholders(text).join())
      issues.push({
        path,
        message: `placeholders ${JSON.stringify(placeholders(translated))} differ from ${JSON.stringify(placeholders(text))}`,
      });
  }
  for (const path of Object.keys(translation))
    if (!(path in reference)) issues.push({ path, message: 'not in the reference language' });
  return issues;
}

/** A bank in one language: its data with that language's texts, marked with the language. */
export function localizeBank(data: Json, texts: Texts, language: string): unknown {
  return { ...(withTexts(data, texts) as Record<string, Json>), locale: language };
}
