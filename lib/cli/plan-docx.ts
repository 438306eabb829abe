/**
 * Writes a plan text file as a Word document laid out per NĐ 30/2020/NĐ-CP.
 *   npm run --silent plan:docx -- <tệp-kế-hoạch.txt> <tệp-ra.docx>
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { planDocumentFromParsed } from '../plans/docx/from-parsed'
import { renderPlanDocx } from '../plans/docx/render-plan-docx'
import { parsePlanText } from '../plans/parse-plan'

const USAGE = 'Cách dùng: npm run --silent plan:docx -- <tệp-kế-hoạch.txt> <tệp-ra.docx>'

function fail(message: string): number {
  process.stderr.write(`Lỗi: ${message}\n`)
  return 1
}

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'tệp không tồn tại'
  if (code === 'EISDIR') return 'đường dẫn là một thư mục, không phải tệp'
  if (code === 'EACCES') return 'không có quyền đọc tệp'
  return 'không đọc được tệp'
}

async function main(argv: string[]): Promise<number> {
  const [input, output] = argv.filter((arg) => arg !== '--')
  if (!input) return fail(`thiếu tên tệp kế hoạch. ${USAGE}`)
  if (!output) return fail(`thiếu tên tệp Word cần ghi. ${USAGE}`)

  let text: string
  try {
    text = readFileSync(input, 'utf8')
  } catch (error) {
    return fail(`${readReason(error)}: ${input}`)
  }
  if (!text.trim()) return fail(`tệp kế hoạch rỗng: ${input}`)

  const buffer = await renderPlanDocx(planDocumentFromParsed(parsePlanText(text)), { draft: false })
  try {
    writeFileSync(output, buffer)
  } catch (error) {
    return fail(`không ghi được tệp ${output} (${(error as NodeJS.ErrnoException).code ?? 'lỗi không rõ'})`)
  }
  process.stdout.write(`Đã ghi ${output}\n`)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error)
    process.stderr.write(`Lỗi: không tạo được tệp Word: ${reason}\n`)
    process.exitCode = 1
  },
)
