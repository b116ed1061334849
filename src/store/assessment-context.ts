/** The React binding: one bank and one store per app, read through hooks. */
import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Bank } from '../engine';
import { createAssessmentStore, type AssessmentActions, type AssessmentStore } from './assessment-store';

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
  const [value] = useState<AssessmentContextValue>(() => ({ bank, store: store ?? createAssessmentStore(bank) }));
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

/**
 * A slice of the assessment store; re-renders when the slice changes. Pass a selector that
 * stays the same from render to render (defined outside the component, or memoised): with a
 * new function each render, React queues an effect after every render to check the store again.
 */
export function useAssessment<T>(selector: (state: AssessmentStore) => T): T {
  return useStore(useAssessmentContext().store, selector);
}

/** The answers so far. */
export const selectAnswers = (state: AssessmentStore): AssessmentStore['answers'] => state.answers;

/** Whether any question has an answer. */
export const selectHasProgress = (state: AssessmentStore): boolean => Object.keys(state.answers).length > 0;

/** Whether the landing page offers to resume saved progress. */
export const selectResumeOffered = (state: AssessmentStore): boolean => state.resumeOffered;

/** The store's actions. They never change, so reading them subscribes to nothing. */
export function useActions(): AssessmentActions {
  return useAssessmentContext().store.getState();
}
