import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentView } from '../../../shared/consents';
import { useRevokeConsent } from '../../api/consents';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { recipientText } from './consent-format';

interface RevokeConsentModalProps {
  patientId: string;
  consent: ConsentView | null;
  onClose: () => void;
  onRevoked: () => void;
}

/** Records the patient's written revocation (42 CFR 2.31: in writing; effective from now on). */
export function RevokeConsentModal({ patientId, consent, onClose, onRevoked }: RevokeConsentModalProps) {
  const { t } = useTranslation();
  const revoke = useRevokeConsent(patientId);
  const [statement, setStatement] = useState('');
  const [missing, setMissing] = useState(false);

  const close = () => {
    setStatement('');
    setMissing(false);
    revoke.reset();
    onClose();
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!consent) return;
    if (statement.trim().length < 5) {
      setMissing(true);
      return;
    }
    try {
      await revoke.mutateAsync({ consentId: consent.id, statement });
      setStatement('');
      onRevoked();
    } catch {
      // shown below
    }
  };

  return (
    <Modal
      opened={consent !== null}
      onClose={close}
      title={t('consents.revoke.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('consents.revoke.cancel') }}
    >
      {consent && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text fw={600}>{recipientText(consent, t)}</Text>
            <Text>{t('consents.revoke.explain')}</Text>
            <ApiErrorAlert error={revoke.error} />
            <Textarea
              label={t('consents.revoke.statement')}
              required
              autosize
              minRows={3}
              value={statement}
              onChange={(e) => {
                setStatement(e.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('consents.revoke.required') : undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('consents.revoke.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={revoke.isPending}>
                {t('consents.revoke.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
