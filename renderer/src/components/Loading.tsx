export function Loading(props: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {props.label ?? 'Loading…'}
    </p>
  );
}
