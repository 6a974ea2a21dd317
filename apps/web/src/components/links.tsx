import type { ReactNode } from 'react';
import { Link as RouterLink, type To } from 'react-router';
import { Button, Link } from '@digdir/designsystemet-react';

/** A link inside the app, looking like a Designsystemet link. */
export function AppLink({ to, children }: { readonly to: To; readonly children: ReactNode }) {
  return (
    <Link asChild>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}

/** A link inside the app that looks like a button (for "go to a form" actions). */
export function ButtonLink({
  to,
  children,
  variant = 'primary',
}: {
  readonly to: To;
  readonly children: ReactNode;
  readonly variant?: 'primary' | 'secondary' | 'tertiary';
}) {
  return (
    <Button asChild variant={variant}>
      <RouterLink to={to}>{children}</RouterLink>
    </Button>
  );
}
