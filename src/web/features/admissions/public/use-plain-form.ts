import { useCallback, useState } from 'react';

/** What an input's change handler receives: a DOM change event, or the value itself (Radio.Group, Checkbox.Group). */
function readInput(input: unknown): unknown {
  if (typeof input === 'object' && input !== null && 'nativeEvent' in input && 'currentTarget' in input) {
    const target = input.currentTarget as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    return target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
  }
  return input;
}

/**
 * The little the public admission form needs from a form library: its values, an error per field that a change
 * of that field clears, and props in the shape Mantine's inputs take (as @mantine/form's `getInputProps` gives
 * them). The page is held to the public first-load budget (issue "Public site", part 6), which has no room for
 * @mantine/form (~6 KB gzip, most of it lists, watchers and touched/dirty tracking this form does not use); the
 * staff forms keep it. Checks run on sending, with the shared schema (see admission-extras.ts).
 */
export function usePlainForm<V extends Record<string, unknown>>(initialValues: V) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<Partial<Record<keyof V, string>>>({});

  const setFieldValue = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (current[field] === undefined) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  function getInputProps<K extends keyof V>(
    field: K,
  ): { value: V[K]; onChange: (input: unknown) => void; error?: string };
  function getInputProps<K extends keyof V>(
    field: K,
    options: { type: 'checkbox' },
  ): { checked: V[K]; onChange: (input: unknown) => void; error?: string };
  function getInputProps<K extends keyof V>(
    field: K,
    options?: { type: 'checkbox' },
  ): { value?: V[K]; checked?: V[K]; onChange: (input: unknown) => void; error?: string } {
    const onChange = (input: unknown) => setFieldValue(field, readInput(input) as V[K]);
    const shown = options?.type === 'checkbox' ? { checked: values[field] } : { value: values[field] };
    return { ...shown, onChange, error: errors[field] };
  }

  return { values, setFieldValue, setErrors, getInputProps };
}
