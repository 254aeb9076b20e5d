import { useEffect } from 'react';
import { navigate } from './router';

/** Replaces the current history entry once rendered (no render output). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
