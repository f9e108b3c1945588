import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DisclosureList } from '../../../shared/consents';
import { categoryText, formatDate, purposeText } from './consent-format';

interface AccountingTableProps {
  accounting: DisclosureList;
  /** Builds the link to a release's PDF (staff only; the patient app shows no documents). */
  pdfHref?: (disclosureId: string) => string;
}

/** The accounting of disclosures (42 CFR 2.25): what went to whom, when, why and on what basis. */
export function AccountingTable({ accounting, pdfHref }: AccountingTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  if (accounting.disclosures.length === 0) return <Text>{t('consents.accounting.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>
          {t('consents.accounting.caption', { since: formatDate(accounting.since, lang) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('consents.accounting.date')}</Table.Th>
            <Table.Th scope="col">{t('consents.accounting.recipient')}</Table.Th>
            <Table.Th scope="col">{t('consents.accounting.purpose')}</Table.Th>
            <Table.Th scope="col">{t('consents.accounting.information')}</Table.Th>
            <Table.Th scope="col">{t('consents.accounting.basis')}</Table.Th>
            <Table.Th scope="col">{t('consents.accounting.releasedBy')}</Table.Th>
            {pdfHref && (
              <Table.Th scope="col" className="consents-no-print">
                {t('consents.accounting.document')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounting.disclosures.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{formatDate(d.disclosedAt, lang)}</Table.Td>
              <Table.Td>{d.recipientName}</Table.Td>
              <Table.Td>{purposeText(d.purpose, t)}</Table.Td>
              <Table.Td>{d.informationCategories.map((c) => categoryText(c, t)).join(', ')}</Table.Td>
              <Table.Td>
                {d.basis === 'consent' ? (
                  t('consents.accounting.byConsent')
                ) : (
                  <>
                    <Text size="sm">{t('consents.accounting.byCourtOrder')}</Text>
                    {d.courtOrder && (
                      <Text size="sm">
                        {[d.courtOrder.court, d.courtOrder.caseNumber].filter(Boolean).join(', ')}
                      </Text>
                    )}
                  </>
                )}
              </Table.Td>
              <Table.Td>{d.disclosedBy ?? '—'}</Table.Td>
              {pdfHref && (
                <Table.Td className="consents-no-print">
                  <Anchor
                    href={pdfHref(d.id)}
                    target="_blank"
                    rel="noopener"
                    aria-label={t('consents.accounting.pdfLabel', {
                      date: formatDate(d.disclosedAt, lang),
                      recipient: d.recipientName,
                    })}
                  >
                    {t('consents.accounting.pdf')}
                  </Anchor>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
