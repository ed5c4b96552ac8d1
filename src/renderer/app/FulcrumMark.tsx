// The app's mark: a lever balanced on its fulcrum.
export function FulcrumMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="fulcrum-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--brand)" />
      <path d="M6 13.5 L26 9.5" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
      <path d="M16 12 L21.5 23 H10.5 Z" fill="#fff" opacity="0.92" />
      <circle cx="8" cy="10.4" r="2.4" fill="#fff" />
    </svg>
  );
}
