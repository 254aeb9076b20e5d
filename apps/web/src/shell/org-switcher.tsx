import { Select } from '@mantine/core';
import { useSession } from '../session/session.context';

/** The organization every page works in; the choice is remembered in localStorage. */
export function OrgSwitcher() {
  const { session, org, selectOrg } = useSession();
  if (session.organizations.length === 0) return null;
  return (
    <Select
      aria-label="Organization"
      data-testid="org-switcher"
      w={240}
      allowDeselect={false}
      searchable={session.organizations.length > 8}
      value={org?.id ?? null}
      onChange={(id) => id !== null && selectOrg(id)}
      data={session.organizations.map((o) => ({ value: o.id, label: `${o.name} (${o.role.toLowerCase()})` }))}
    />
  );
}
