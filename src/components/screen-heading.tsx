import { memo, useEffect, useRef, type ReactNode } from 'react';
import { afterNextPaint } from '../after-next-paint';

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
export const ScreenHeading = memo(function ScreenHeading({ id, documentTitle, stepKey, children }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Both wait for the new step to be painted: focusing forces a layout, and neither shows on the page.
  useEffect(
    () =>
      afterNextPaint(() => {
        document.title = `${documentTitle} · Role Fit`;
      }),
    [documentTitle],
  );
  useEffect(() => {
    // Where focus is now: if something else takes it before the move (a notice's button), that wins.
    const focused = document.activeElement;
    const heading = ref.current;
    return afterNextPaint(() => {
      const now = document.activeElement;
      if (now === focused || now === null || now === document.body) heading?.focus();
    });
  }, [stepKey]);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
});
