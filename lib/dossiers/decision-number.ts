// The number of an award decision comes from the issuing office's register (sổ đăng ký văn bản đi of the
// văn thư, NĐ 30/2020/NĐ-CP Điều 15: numbers run from 01 on 1 January to 31 December, per issuer). The app
// only suggests the next free number; the number given is unique per issuer, symbol and year, checked here
// with a clear message and guaranteed by a unique index (migration *_cash_rates_decision_register_sql).
import type { OrgKind } from '../generated/prisma/enums'
import { Prisma } from '../generated/prisma/client'
import type { Tx } from '../db/tenant'
import { vnDate } from '../shared/dates'
import { DomainError } from '../shared/errors'
import { formatDocumentNumber } from '../plans/numbering'

export const DECISION_SYMBOL = 'QĐ-UBND'

/** "QĐ-UBND" for a people's committee, "QĐ" for an agency, an enterprise or another body. */
export const decisionSymbol = (kind: OrgKind) => (kind === 'CHINH_QUYEN' ? DECISION_SYMBOL : 'QĐ')

type RegisterKey = { tenantId: string; organizationId: string; symbol: string; year: number }

const yearRange = (year: number) => ({
  gte: new Date(Date.UTC(year, 0, 1)),
  lt: new Date(Date.UTC(year + 1, 0, 1)),
})

/** The next number after the highest one this issuer gave a decision of `symbol` in `year`: a suggestion. */
export async function suggestDecisionNumber(tx: Tx, key: RegisterKey): Promise<number> {
  const { _max } = await tx.awardDecision.aggregate({
    where: {
      tenantId: key.tenantId,
      organizationId: key.organizationId,
      symbol: key.symbol,
      decidedOn: yearRange(key.year),
    },
    _max: { numberSeq: true },
  })
  return (_max.numberSeq ?? 0) + 1
}

/** Refuses a number already given to a decision of the same issuer, symbol and year, naming that decision. */
export async function claimRegisterNumber(tx: Tx, key: RegisterKey, numberSeq: number) {
  const clash = await tx.awardDecision.findFirst({
    where: {
      tenantId: key.tenantId,
      organizationId: key.organizationId,
      symbol: key.symbol,
      numberSeq,
      decidedOn: yearRange(key.year),
    },
    select: { decidedOn: true, title: true },
  })
  if (clash) throw numberTaken(key, numberSeq, clash)
}

function numberTaken(key: RegisterKey, numberSeq: number, clash?: { decidedOn: Date | null; title: string }) {
  const number = formatDocumentNumber(numberSeq, key.symbol)
  const other = clash ? ` (quyết định ngày ${vnDate(clash.decidedOn)} “${clash.title}”)` : ''
  return new DomainError(
    `Số ${number} năm ${key.year} đã được dùng${other}. Hãy lấy số tiếp theo trong sổ đăng ký văn bản của văn thư.`,
    'numberSeq',
  )
}

/** Turns the unique index's refusal (a concurrent decision took the number) into the same message. */
export function registerClash(error: unknown, key: RegisterKey, numberSeq: number): DomainError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null
  return numberTaken(key, numberSeq)
}
