/** A warning triangle, decorative (the word beside it carries the meaning). */
export function IconAlertTriangle() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none">
      <path
        d="M12 3 2 21h20L12 3Z"
        stroke="var(--mantine-color-red-9)"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <path d="M12 10v5M12 18v.5" stroke="var(--mantine-color-red-9)" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
