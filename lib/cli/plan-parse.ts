/**
 * Prints the structured draft of a plan text file as JSON.
 *   npm run --silent plan:parse -- <tệp-kế-hoạch.txt>
 */
import { readFileSync } from 'node:fs'
import { parsePlanText } from '../plans/parse-plan'

function main(argv: string[]): number {
  const file = argv.find((arg) => arg !== '--')
  if (!file) {
    process.stderr.write('Thiếu tên tệp kế hoạch. Cách dùng: npm run --silent plan:parse -- <tệp.txt>\n')
    return 1
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'tệp không tồn tại' : 'không đọc được tệp'
    process.stderr.write(`Lỗi: ${reason}: ${file}\n`)
    return 1
  }
  process.stdout.write(`${JSON.stringify(parsePlanText(text), null, 2)}\n`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
