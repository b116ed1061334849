import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

export interface CompareHeadingProps {
  id: string;
  /** The screen's name for the browser tab, before " · Role Fit". */
  documentTitle: string;
  children: ReactNode;
}

/**
 * The h1 of the comparison screens. Like ScreenHeading it names the tab and takes focus as the
 * screen appears, so keyboard and screen reader users start at the top; but it does so in a
 * layout effect, in the same frame that shows the screen. After paint, where ScreenHeading's
 * effect runs, a slow CPU let someone click into "Name for person 1" and type first, and the
 * focus move then took the rest of the name away.
 */
export function CompareHeading({ id, documentTitle, children }: CompareHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${documentTitle} · Role Fit`;
  }, [documentTitle]);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
