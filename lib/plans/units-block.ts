// The "Tổ chức thực hiện" part is edited as text: a unit on its own line, its duties below it as
// "- " lines. Pure, so the round trip is tested.

export type UnitDuties = { unit: string; duties: string[] }

export function parseUnitsBlock(text: string): UnitDuties[] {
  const units: UnitDuties[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    const duty = /^[-–•+]\s*(.+)$/.exec(line)
    if (duty) {
      if (units.length === 0) units.push({ unit: '', duties: [] })
      units[units.length - 1].duties.push(duty[1].trim())
    } else {
      units.push({
        unit: line
          .replace(/^\d+[.)]\s*/, '')
          .replace(/:$/, '')
          .trim(),
        duties: [],
      })
    }
  }
  return units
}

export function formatUnitsBlock(units: readonly UnitDuties[]): string {
  return units.map((u) => [u.unit, ...u.duties.map((d) => `- ${d}`)].join('\n')).join('\n\n')
}
