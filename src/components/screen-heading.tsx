import { useEffect, useRef, type ReactNode } from 'react';
import { fill } from '../i18n/format';
import { useLocale, useMessages } from '../i18n/language-context';

export interface ScreenHeadingProps {
  id?: string;
  /** The step's name for the browser tab, before " · Role Fit". */
  documentTitle: string;
  /** What makes this a new step: focus moves here whenever it changes. */
  stepKey: string;
  children: ReactNode;
}

/**
 * The h1 of each screen. On every new step it takes focus, so keyboard and screen reader
 * users start reading at the new content, and it names the step in the browser tab.
 */
export function ScreenHeading({ id, documentTitle, stepKey, children }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const locale = useLocale();
  const title = fill(locale, useMessages().shell.documentTitle, { title: documentTitle });
  useEffect(() => {
    document.title = title;
  }, [title]);
  // A parent's effects run after its children's: a notice that takes focus wins over this. On a
  // slow CPU someone may already be typing in a field of the new screen: focus stays there.
  useEffect(() => {
    const active = document.activeElement;
    const typing = active?.matches('input:not([type=file]), textarea') === true;
    if (typing && ref.current?.parentElement?.contains(active)) return;
    ref.current?.focus();
  }, [stepKey]);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}

/**
 * Sends focus to the current screen's heading: for a control that removes itself (a notice's
 * "Dismiss"), so focus does not fall back to the page's body.
 */
export function focusScreenHeading(): void {
  document.querySelector<HTMLElement>('h1.screen-heading')?.focus();
}
