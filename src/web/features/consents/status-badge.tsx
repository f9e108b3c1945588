import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentView } from '../../../shared/consents';

const COLORS: Record<ConsentView['status'], string> = {
  active: 'haven.8',
  expired: 'gray.7',
  revoked: 'red.9',
};

/** Active / expired / revoked, in words (colour is never the only cue). */
export function ConsentStatusBadge({ status }: { status: ConsentView['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} miw={88} variant={status === 'active' ? 'filled' : 'outline'}>
      {t(`consents.status.${status}`)}
    </Badge>
  );
}
