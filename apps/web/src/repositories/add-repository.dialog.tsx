import { Modal } from '@mantine/core';
import type { RepositoryWithPartitions } from '@nullpath/api-client';
import { AddRepositoryForm } from './add-repository.form';
import { useAddRepository } from './repositories.queries';

interface Props {
  orgId: string;
  opened: boolean;
  onClose(): void;
  onAdded(repository: RepositoryWithPartitions): void;
}

export function AddRepositoryDialog({ orgId, opened, onClose, onAdded }: Props) {
  const add = useAddRepository(orgId);
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={() => add.reset()} title="Add repository" size="lg" data-testid="add-repo-dialog">
      {/* Unmounted while closed, so a typed password does not outlive the dialog. */}
      {opened && (
        <AddRepositoryForm
          pending={add.isPending}
          error={add.error}
          onCancel={onClose}
          onSubmit={(body) =>
            add.mutate(body, {
              onSuccess: ({ repository }) => {
                onAdded(repository);
                onClose();
              },
            })
          }
        />
      )}
    </Modal>
  );
}
