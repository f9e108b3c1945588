import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  activeFilterCount,
  DEFAULT_LIMIT,
  FILTER_GROUPS,
  type FinderSearch,
  FLAG_FILTERS,
  type FlagParam,
  withoutFilters,
} from './finder-search';

interface FiltersPanelProps {
  search: FinderSearch;
  /** The search with the filters changed (a new search starts again at the first results). */
  onChange: (search: FinderSearch) => void;
  size: 'sm' | 'md';
}

/** One group of checkboxes per filter (any within a group, all across groups), then the yes/no filters. */
export function FiltersPanel({ search, onChange, size }: FiltersPanelProps) {
  const { t } = useTranslation();
  const groupStyles = { label: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 700 } };
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('finder.filters.hint')}
      </Text>
      {activeFilterCount(search) > 0 && (
        <Button
          variant="outline"
          size="sm"
          onClick={() => onChange(withoutFilters(search))}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('finder.filters.clear')}
        </Button>
      )}
      <Checkbox.Group
        label={t('finder.filters.access')}
        value={FLAG_FILTERS.filter((f) => search.flags[f])}
        onChange={(checked) =>
          onChange({
            ...search,
            limit: DEFAULT_LIMIT,
            flags: Object.fromEntries(FLAG_FILTERS.map((f) => [f, checked.includes(f)])) as Record<
              FlagParam,
              boolean
            >,
          })
        }
        styles={groupStyles}
      >
        <Stack gap="xs" mt={6}>
          {FLAG_FILTERS.map((flag) => (
            <Checkbox key={flag} value={flag} label={t(`finder.filters.${flag}`)} size={size} />
          ))}
        </Stack>
      </Checkbox.Group>
      {FILTER_GROUPS.map((group) => (
        <Checkbox.Group
          key={group.param}
          label={t(`finder.filters.${group.param}`)}
          value={search.filters[group.param]}
          onChange={(checked) =>
            onChange({
              ...search,
              limit: DEFAULT_LIMIT,
              // Vocabulary order, as the address bar keeps it.
              filters: { ...search.filters, [group.param]: group.values.filter((v) => checked.includes(v)) },
            })
          }
          styles={groupStyles}
        >
          <Stack gap="xs" mt={6}>
            {group.values.map((value) => (
              <Checkbox
                key={value}
                value={value}
                label={t(`finder.${group.param}.${value}` as 'finder.care.detox')}
                size={size}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      ))}
    </Stack>
  );
}
