import { Anchor, Badge, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ScaDetails } from '@nullpath/api-client';
import type { ReactNode } from 'react';
import { REACHABILITY } from './issue.labels';

/** A vulnerable dependency: what is installed, what fixes it, whether the code reaches it, and how it got in. */
export function ScaDetailsView({ sca }: { sca: ScaDetails }) {
  const reach = REACHABILITY[sca.reachability];
  return (
    <Stack gap="md" data-testid="sca-details">
      <Group gap="sm" align="baseline">
        <Text fw={600} ff="monospace" data-testid="sca-package">
          {sca.packageName}
        </Text>
        <Text size="sm" ff="monospace" data-testid="sca-versions">
          <span data-testid="sca-installed-version">{sca.version}</span>
          {' → '}
          <span data-testid="sca-fixed-version">{sca.fixedVersion ?? 'no fixed version'}</span>
        </Text>
        <Badge variant="outline" color="gray">
          {sca.ecosystem}
        </Badge>
        <Badge variant="light" color="gray">
          {sca.transitivity} · {sca.scope}
        </Badge>
      </Group>
      {sca.fixText !== null && (
        <Text size="sm" data-testid="sca-fix-text">
          {sca.fixText}
          {sca.upgradeVia !== null ? ` (upgrade via ${sca.upgradeVia})` : ''}
        </Text>
      )}
      <Section title="Advisory">
        <Text size="sm">
          <Code>{sca.vulnId}</Code>
          {sca.aliases.length > 0 ? ` (${sca.aliases.join(', ')})` : ''} · {sca.summary}
        </Text>
      </Section>
      <Section title="Reachability">
        <Badge color={reach.color} variant="light" data-testid="sca-reachability" data-reachability={sca.reachability}>
          {reach.label}
        </Badge>
        {sca.evidence.length > 0 && (
          <List size="sm" spacing={2} mt={6} data-testid="sca-evidence">
            {sca.evidence.map((e, i) => (
              <List.Item key={i}>
                <Code>
                  {e.file}:{e.line}
                </Code>{' '}
                {e.kind}
                {e.detail !== undefined ? ` — ${e.detail}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={`Dependency paths (${sca.manifestPath})`}>
        {sca.paths.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not recorded.
          </Text>
        ) : (
          <List size="sm" spacing={2} data-testid="sca-paths">
            {sca.paths.map((path, i) => (
              <List.Item key={i} ff="monospace">
                {path.join(' › ')}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      {sca.references.length > 0 && (
        <Section title="References">
          <List size="sm" spacing={2}>
            {sca.references.map((href) => (
              <List.Item key={href}>
                {/^https?:\/\//i.test(href) ? (
                  <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm">
                    {href}
                  </Anchor>
                ) : (
                  href
                )}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={4} size="h6" mb={4}>
        {title}
      </Title>
      {children}
    </div>
  );
}
