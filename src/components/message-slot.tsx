import { memo, type ReactNode, type Ref } from 'react';

export interface MessageSlotProps {
  /** alert: announced at once (errors); status: announced politely (information). */
  role: 'alert' | 'status';
  tone?: 'error' | 'info';
  /** Takes no space while empty: for slots above a screen, where an empty gap would show. */
  collapse?: boolean;
  ref?: Ref<HTMLDivElement>;
  children?: ReactNode;
}

/**
 * A live region that is always in the page and keeps its space when empty, so messages
 * are announced reliably and never push the layout around.
 */
export const MessageSlot = memo(function MessageSlot({
  role,
  tone = 'info',
  collapse = false,
  ref,
  children,
}: MessageSlotProps) {
  return (
    <div
      ref={ref}
      role={role}
      tabIndex={-1}
      className={`message-slot message-${tone}${collapse ? ' message-collapse' : ''}`}
    >
      {children}
    </div>
  );
});
