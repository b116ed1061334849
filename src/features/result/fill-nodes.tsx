import { Fragment, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';

/**
 * A message with its `{name}` placeholders filled with React nodes (a bold title, a muted
 * part), so the whole sentence stays one message in the language's own word order.
 * Numbers are written the language's way, as `fill` writes them.
 */
export function fillNodes(locale: Locale, message: string, values: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = message.split(/(\{\w+\})/);
  return parts.map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const value = name === undefined ? part : values[name];
    const shown = name !== undefined && value === undefined ? part : value;
    return <Fragment key={index}>{typeof shown === 'number' ? formatNumber(locale, shown) : shown}</Fragment>;
  });
}
