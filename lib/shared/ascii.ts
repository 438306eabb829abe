// File names without accents: what every upload form, archive tool and HTTP header accepts. Pure.

/** "Đặng Quốc Việt" → "Dang-Quoc-Viet": ASCII letters and digits, case kept, words joined by hyphens. */
export function asciiWords(text: string) {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^0-9A-Za-z]+/g, '-')
    .replace(/^-|-$/g, '')
}
