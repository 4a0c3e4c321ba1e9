/** The creation time a snowflake id encodes: milliseconds since the platform's epoch in the bits above 22. */
export function snowflakeDate(id: string, epochMs: number): Date | null {
  if (!/^\d{17,20}$/.test(id)) return null;
  const ms = Number(BigInt(id) >> 22n) + epochMs;
  return new Date(ms);
}
