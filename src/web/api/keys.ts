/** Query keys shared by hooks and the query client (kept apart so the root bundle avoids zod). */
export const meQueryKey = ['me'] as const;
