import { use, type ReactNode } from 'react';
import { useLocale } from './language-context';
import { hasResultPack, loadResult } from './packs';

/**
 * Renders its children once the result's words in the visit's language have loaded: the
 * result, the comparison and the open screens read them as they render. Put it inside the
 * Suspense boundary that shows while those screens load.
 */
export function ResultWords({ children }: { children: ReactNode }) {
  const locale = useLocale();
  if (!hasResultPack(locale)) use(loadResult(locale));
  return children;
}
