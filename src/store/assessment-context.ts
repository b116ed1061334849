/** The React binding: one bank and one store per app, read through hooks. */
import { createContext, createElement, useContext, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { questionFlow, type Bank, type Flow } from '../engine';
import { createAssessmentStore, type AssessmentActions, type AssessmentStore } from './assessment-store';
import { selectAnswers } from './selectors';

interface AssessmentContextValue {
  bank: Bank;
  store: StoreApi<AssessmentStore>;
}

const AssessmentContext = createContext<AssessmentContextValue | null>(null);

export interface AssessmentProviderProps {
  bank: Bank;
  /** A store made elsewhere (tests); by default one is created for the bank. */
  store?: StoreApi<AssessmentStore>;
  children?: ReactNode;
}

export function AssessmentProvider({ bank, store, children }: AssessmentProviderProps) {
  // One store for the visit; the bank changes with the language, the answers stay.
  const [own] = useState(() => store ?? createAssessmentStore(bank));
  const value = useMemo<AssessmentContextValue>(() => ({ bank, store: own }), [bank, own]);
  return createElement(AssessmentContext.Provider, { value }, children);
}

function useAssessmentContext(): AssessmentContextValue {
  const value = useContext(AssessmentContext);
  if (!value) throw new Error('useAssessment must be used inside <AssessmentProvider>');
  return value;
}

/** The question bank the assessment runs on. */
export function useBank(): Bank {
  return useAssessmentContext().bank;
}

/** The store itself, for code that must read it outside React's render (an error boundary). */
export function useAssessmentStore(): StoreApi<AssessmentStore> {
  return useAssessmentContext().store;
}

/** A slice of the assessment store (a selector from selectors.ts); re-renders when the slice changes. */
export function useAssessment<T>(selector: (state: AssessmentStore) => T): T {
  return useStore(useAssessmentContext().store, selector);
}

/** The question flow for the answers so far: which questions show, and what is left. */
export function useFlow(): Flow {
  return questionFlow(useBank(), useAssessment(selectAnswers));
}

/** The store's actions. They never change, so reading them subscribes to nothing. */
export function useActions(): AssessmentActions {
  return useAssessmentContext().store.getState();
}
