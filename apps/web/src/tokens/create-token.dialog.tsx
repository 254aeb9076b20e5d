import { Modal } from '@mantine/core';
import type { CreatedToken } from '@nullpath/api-client';
import { useState } from 'react';
import { CreateTokenForm } from './create-token.form';
import { TokenSecretView } from './token-secret.view';
import { useCreateToken } from './tokens.queries';

/** Create form first, then the one-time secret view; closing forgets the secret. */
export function CreateTokenDialog({ orgId, opened, onClose }: { orgId: string; opened: boolean; onClose(): void }) {
  const create = useCreateToken(orgId);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  // Cleared once the modal has faded out, so the form does not flash back in during the exit transition.
  const forget = () => {
    setCreated(null);
    create.reset();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={forget}
      title={created ? 'API token created' : 'Create API token'}
      closeOnClickOutside={created === null}
      size="lg"
      data-testid="create-token-dialog"
    >
      {created ? (
        <TokenSecretView token={created} onDone={onClose} />
      ) : (
        <CreateTokenForm
          pending={create.isPending}
          error={create.error}
          onCancel={onClose}
          onSubmit={(body) => create.mutate(body, { onSuccess: (token) => setCreated(token) })}
        />
      )}
    </Modal>
  );
}
