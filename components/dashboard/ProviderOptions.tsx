/** The providers of a provider `<select>`, by name, after the select's own first option. */
export function ProviderOptions({ providers }: { providers: ReadonlyArray<{ id: string; name: string }> }) {
  return (
    <>
      {providers.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}
