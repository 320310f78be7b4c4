/**
 * A sheet name not yet used: "KZUZ Projects", else "KZUZ Projects (2)", (3)... Excel compares
 * sheet names without regard to case. The name chosen is added to `used`.
 */
export function freeSheetName(base: string, used: Set<string>): string {
  const taken = new Set([...used].map((n) => n.toLowerCase()));
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base} (${k})`;
  used.add(name);
  return name;
}
