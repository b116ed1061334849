import type { ReactNode, Ref } from 'react';

export interface MessageSlotProps {
  /** alert: announced at once (errors); status: announced politely (information). */
  role: 'alert' | 'status';
  tone?: 'error' | 'info';
  ref?: Ref<HTMLDivElement>;
  children?: ReactNode;
}

/**
 * A live region that is always in the page and keeps its space when empty, so messages
 * are announced reliably and never push the layout around.
 */
export function MessageSlot({ role, tone = 'info', ref, children }: MessageSlotProps) {
  return (
    <div ref={ref} role={role} tabIndex={-1} className={`message-slot message-${tone}`}>
      {children}
    </div>
  );
}
