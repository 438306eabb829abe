// Submit, return and issue. Issuing gives the next free number for the issuer, document type and year:
// the counter row is locked by the increment, so two plans issued at the same moment get two numbers.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { takeNextNumber } from '../db/counter'
import { todayInVietnam } from '../shared/dates'
import { Prisma } from '../generated/prisma/client'
import { DomainError } from '../shared/errors'
import { bumpVersion, planForAction } from './guard'
import { formatDocumentNumber, parseDocumentNumber } from './numbering'
import { refreshPlanSearch } from './contents'
import type { TransitionInput } from './schemas'
import { nextStatus } from './workflow'

async function nextFreeNumber(tx: Tx, tenantId: string, organizationId: string, symbol: string, year: number) {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const candidate = await takeNextNumber(tx, { tenantId, organizationId, symbol, year })
    // A number typed in by hand earlier may already hold this slot: take the next one.
    const taken = await tx.plan.findFirst({
      where: { tenantId, organizationId, symbol, year, numberSeq: candidate },
      select: { id: true },
    })
    if (!taken) return candidate
  }
  throw new Error('Không tìm được số văn bản trống.')
}

export async function transitionPlan(actor: Actor, input: TransitionInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, input.planId, input.action, input.version)
    const status = nextStatus(input.action, plan.status)
    if (input.action === 'submit') {
      const tasks = await tx.planTask.count({ where: { tenantId: actor.tenantId, planId: plan.id } })
      if (tasks === 0) throw new DomainError('Kế hoạch chưa có nhiệm vụ nào: hãy thêm nhiệm vụ trước khi trình.')
      await bumpVersion(tx, actor.tenantId, plan.id, input.version, { status, returnComment: null })
    } else if (input.action === 'return') {
      if (!input.comment) throw new DomainError('Vui lòng ghi lý do trả lại.', 'comment')
      await bumpVersion(tx, actor.tenantId, plan.id, input.version, { status, returnComment: input.comment })
    } else {
      const issuedOn = input.issuedOn ?? todayInVietnam()
      // A year's plan is issued in that year, or in the last quarter of the year before.
      const earliest = new Date(Date.UTC(plan.year - 1, 9, 1))
      if (issuedOn < earliest || issuedOn.getUTCFullYear() > plan.year) {
        throw new DomainError(
          `Ngày ban hành phải thuộc năm ${plan.year} (hoặc quý IV năm ${plan.year - 1}).`,
          'issuedOn',
        )
      }
      // Claim the plan first: a second click or a second leader fails here, before using a number.
      await bumpVersion(tx, actor.tenantId, plan.id, input.version, { status })
      let numberSeq: number
      let symbol = plan.symbol
      if (input.documentNumber) {
        const parsed = parseDocumentNumber(input.documentNumber)
        if (!parsed) throw new DomainError('Số ký hiệu phải có dạng 55/KH-UBND.', 'documentNumber')
        numberSeq = parsed.seq
        symbol = parsed.symbol
      } else {
        numberSeq = await nextFreeNumber(tx, actor.tenantId, plan.organizationId, symbol, plan.year)
      }
      try {
        await tx.plan.update({
          where: { id: plan.id },
          data: { numberSeq, symbol, documentNumber: formatDocumentNumber(numberSeq, symbol), issuedOn },
        })
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw new DomainError(
            `Số ${formatDocumentNumber(numberSeq, symbol)} đã được dùng cho kế hoạch khác năm ${plan.year}.`,
            'documentNumber',
          )
        }
        throw error
      }
      if (plan.previousId) {
        await tx.plan.updateMany({
          where: { tenantId: actor.tenantId, id: plan.previousId, status: 'ISSUED' },
          data: { status: 'SUPERSEDED' },
        })
      }
      await refreshPlanSearch(tx, actor.tenantId, plan.id)
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: `plan.${input.action}`,
      targetType: 'Plan',
      targetId: plan.id,
      before: { status: plan.status },
      after: { status, ...(input.comment ? { comment: input.comment } : {}) },
    })
  })
}
