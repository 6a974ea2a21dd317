import type { ReactNode } from 'react';
import { Tag } from '@digdir/designsystemet-react';
import './level-tag.css';

/** How much a level should stand out: `critical` (acute) is filled, `high` outlined and bold. */
export type Level = 'critical' | 'high' | 'medium' | 'low' | 'none';

const colours: Readonly<Record<Level, string>> = {
  critical: 'danger',
  high: 'warning',
  medium: 'info',
  low: 'neutral',
  none: 'neutral',
};

/** A severity or urgency as a tag; the text says the level, the colour only repeats it. */
export function LevelTag({ level, children }: { readonly level: Level; readonly children: ReactNode }) {
  return (
    <Tag data-color={colours[level]} data-level={level} className="level-tag">
      {children}
    </Tag>
  );
}
