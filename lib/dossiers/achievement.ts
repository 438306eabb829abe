// One award per achievement (docs/domain.md §3, "một thành tích khen một lần"): an emulation title of a
// year is live in one dossier at most and recorded once; a certificate (Giấy khen, Bằng khen) for the
// same achievement period is a warning. The database enforces the first with partial unique indexes
// (prisma/migrations/*_evidence_ledger_rules); this names the other dossier or decision.
import { AWARD_BY_CODE, awardShort, type AwardCode } from '../awards/catalog'
import type { Tx } from '../db/tenant'
import { Prisma } from '../generated/prisma/client'
import { DomainError } from '../shared/errors'

type Claim = { personId: string | null; organizationId: string | null; award: AwardCode; year: number }

const LIVE = ['DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'AWARDED'] as const
const STATUS_WORDS: Record<(typeof LIVE)[number], string> = {
  DRAFT: 'đang soạn',
  IN_REVIEW: 'đang xét',
  RETURNED: 'bị trả lại, chờ trình lại',
  APPROVED: 'đã phê duyệt, chờ quyết định',
  AWARDED: 'đã có quyết định',
}

const subject = (c: Claim) =>
  c.personId ? { personId: c.personId } : { personId: null, organizationId: c.organizationId }
export const isTitle = (award: AwardCode) => AWARD_BY_CODE[award].kind === 'DANH_HIEU'

/** Throws, naming the other dossier or decision, when the title of the year is already claimed. */
export async function assertTitleUnclaimed(tx: Tx, tenantId: string, claim: Claim, exceptDossierId?: string) {
  if (!isTitle(claim.award)) return
  const [other, record] = await Promise.all([
    tx.dossierNominee.findFirst({
      where: {
        tenantId,
        ...subject(claim),
        award: claim.award,
        achievementYear: claim.year,
        status: { in: [...LIVE] },
        ...(exceptDossierId ? { dossierId: { not: exceptDossierId } } : {}),
      },
      select: { status: true, dossier: { select: { title: true, proposingOrgId: true } } },
    }),
    tx.awardRecord.findFirst({
      where: { tenantId, ...subject(claim), award: claim.award, year: claim.year },
      select: { decisionNumber: true, decidedBy: true },
    }),
  ])
  const title = `${awardShort(claim.award)} năm ${claim.year}`
  if (record)
    throw new DomainError(
      `Đã được tặng ${title}${record.decisionNumber ? ` theo Quyết định số ${record.decisionNumber}` : ' (lịch sử khen thưởng)'}: một thành tích chỉ được khen thưởng một lần.`,
      'award',
    )
  if (other) {
    const unit = await tx.organization.findFirst({
      where: { tenantId, id: other.dossier.proposingOrgId },
      select: { name: true },
    })
    throw new DomainError(
      `Đã được đề nghị ${title} trong hồ sơ “${other.dossier.title}” của ${unit?.name ?? 'đơn vị khác'} (${STATUS_WORDS[other.status as (typeof LIVE)[number]]}): mỗi danh hiệu chỉ đề nghị một lần cho một năm.`,
      'award',
    )
  }
}

/** Warnings (never a block) for a certificate the person or unit already received for the same period. */
export async function certificateWarnings(tx: Tx, tenantId: string, claim: Claim): Promise<string[]> {
  if (isTitle(claim.award)) return []
  const earlier = await tx.awardRecord.findMany({
    where: { tenantId, ...subject(claim), award: claim.award, year: claim.year },
    select: { decisionNumber: true },
    take: 5,
  })
  return earlier.map(
    (r) =>
      `Đã được tặng ${awardShort(claim.award)} cho thành tích năm ${claim.year}${r.decisionNumber ? ` (Quyết định số ${r.decisionNumber})` : ''}: kiểm tra thành tích đề nghị lần này là thành tích khác.`,
  )
}

/**
 * A unique violation of the title indexes (a concurrent proposal won the race) as a clear message. The
 * transaction is aborted by then, so the other dossier cannot be looked up: a reload shows it.
 */
export async function explainTitleClash<T>(claim: Claim, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new DomainError(
        `Vừa có hồ sơ khác đề nghị ${awardShort(claim.award)} năm ${claim.year} cho cùng đối tượng: hãy tải lại trang.`,
        'award',
      )
    throw error
  }
}
