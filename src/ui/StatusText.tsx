/** The outcome of something the user did: announced politely when it worked, at once when it failed. */
export function StatusText({ status }: { status: { kind: string; text: string } | undefined }) {
  if (!status) return null;
  const failed = status.kind === 'error';
  return (
    <span role={failed ? 'alert' : 'status'} class={failed ? 'error' : 'ok'}>
      {status.text}
    </span>
  );
}
