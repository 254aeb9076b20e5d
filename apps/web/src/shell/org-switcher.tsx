import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { CreateOrgDialog } from '../orgs/create-org.dialog';
import { useSession } from '../session/session.context';

/** The organization every page works in; the choice is remembered in localStorage. */
export function OrgSwitcher() {
  const { session, org, selectOrg } = useSession();
  const [creating, setCreating] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap">
      {session.organizations.length > 0 && (
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
      )}
      <Button variant="subtle" size="xs" onClick={() => setCreating(true)} data-testid="create-org-button">
        Create organization
      </Button>
      <CreateOrgDialog opened={creating} onClose={() => setCreating(false)} />
    </Group>
  );
}
