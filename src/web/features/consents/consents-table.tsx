import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentView } from '../../../shared/consents';
import { expiryText, formatDate, purposeText, recipientText } from './consent-format';
import { ConsentStatusBadge } from './status-badge';

interface ConsentsTableProps {
  consents: ConsentView[];
  /** Offered on active consents when the user may record revocations. */
  onRevoke?: (consent: ConsentView) => void;
  /** Where a paper consent's scan opens (GET .../consents/:id/scan); no link when absent. */
  scanHref?: (consentId: string) => string;
}

export function ConsentsTable({ consents, onRevoke, scanHref }: ConsentsTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  if (consents.length === 0) return <Text>{t('consents.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t('consents.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('consents.list.status')}</Table.Th>
            <Table.Th scope="col">{t('consents.list.kind')}</Table.Th>
            <Table.Th scope="col">{t('consents.list.recipient')}</Table.Th>
            <Table.Th scope="col">{t('consents.list.purpose')}</Table.Th>
            <Table.Th scope="col">{t('consents.list.expires')}</Table.Th>
            <Table.Th scope="col">{t('consents.list.signed')}</Table.Th>
            {onRevoke && <Table.Th scope="col">{t('consents.list.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consents.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <ConsentStatusBadge status={c.status} />
                  {c.revokedAt && (
                    <Text size="sm">
                      {t('consents.list.revokedOn', { date: formatDate(c.revokedAt, lang) })}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{t(`consents.kind.${c.kind}`)}</Table.Td>
              <Table.Td>{recipientText(c, t)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {c.purposes.map((p) => purposeText(p, t)).join(', ')}
                </Text>
                <Text size="sm">{c.purposeDescription}</Text>
              </Table.Td>
              <Table.Td>{expiryText(c, t, lang)}</Table.Td>
              <Table.Td>
                <Text size="sm">{c.signature.signerName}</Text>
                <Text size="sm">
                  {formatDate(c.signature.signedAt, lang)} ·{' '}
                  {c.signature.method === 'electronic'
                    ? t('consents.list.electronic')
                    : t('consents.list.paper')}
                </Text>
                {c.hasScan && scanHref && (
                  <Anchor
                    size="sm"
                    href={scanHref(c.id)}
                    target="_blank"
                    rel="noopener"
                    className="consents-no-print"
                    aria-label={t('consents.list.scanLabel', { recipient: recipientText(c, t) })}
                  >
                    {t('consents.list.viewScan')}
                  </Anchor>
                )}
              </Table.Td>
              {onRevoke && (
                <Table.Td>
                  {c.status === 'active' && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => onRevoke(c)}
                      aria-label={t('consents.revoke.buttonLabel', { recipient: recipientText(c, t) })}
                    >
                      {t('consents.revoke.button')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
