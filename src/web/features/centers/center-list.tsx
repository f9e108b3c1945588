import { Stack } from '@mantine/core';
import type { CenterResult } from '../../../shared/centers';
import { CenterCard } from './center-card';

/**
 * The results, nearest first. Its own chunk: a visitor who arrives on the finder sees the search form first,
 * and the cards load while their search runs (finder-page.tsx starts both together).
 */
export default function CenterList({ centers }: { centers: CenterResult[] }) {
  return (
    <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {centers.map((center, index) => (
        <li key={center.id}>
          <CenterCard center={center} number={index + 1} />
        </li>
      ))}
    </Stack>
  );
}
