// Submitting a registration to the managing level, and that level accepting (which locks it) or
// returning it with a comment. Each step claims the version: a double click or a second reviewer loses.
import type { Actor } from '../auth/actor'
import { canAt } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { isUuid, withTenant } from '../db/tenant'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import type { ReviewRegistrationInput } from './schemas'

async function loadRegistration(tx: Parameters<Parameters<typeof withTenant>[1]>[0], actor: Actor, id: string) {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy bản đăng ký.')
  const registration = await tx.registration.findFirst({
    where: { tenantId: actor.tenantId, id },
    select: {
      id: true,
      status: true,
      version: true,
      organizationId: true,
      year: true,
      _count: { select: { entries: true } },
    },
  })
  if (!registration) throw new NotFoundError('Không tìm thấy bản đăng ký.')
  const unit = await tx.organization.findFirstOrThrow({
    where: { tenantId: actor.tenantId, id: registration.organizationId },
    select: { id: true, path: true, parentId: true },
  })
  const parent = unit.parentId
    ? await tx.organization.findFirst({
        where: { tenantId: actor.tenantId, id: unit.parentId },
        select: { id: true, path: true },
      })
    : null
  const own = canAt(actor.memberships, 'registration.manage', unit)
  const reviewer = parent ? canAt(actor.memberships, 'registration.review', parent) : false
  if (!own && !reviewer) throw new NotFoundError('Không tìm thấy bản đăng ký.')
  return { registration, own, reviewer, unit }
}

export async function submitRegistration(actor: Actor, input: { registrationId: string; version: number }) {
  return withTenant(actor.tenantId, async (tx) => {
    const { registration, own } = await loadRegistration(tx, actor, input.registrationId)
    if (!own) throw new ForbiddenError('Chỉ thủ trưởng đơn vị mới nộp bản đăng ký của đơn vị.')
    if (registration.status !== 'DRAFT' && registration.status !== 'RETURNED')
      throw new DomainError('Bản đăng ký đã được nộp.')
    if (registration._count.entries === 0)
      throw new DomainError('Chưa đăng ký danh hiệu cho người nào: hãy đăng ký trước khi nộp.')
    const { count } = await tx.registration.updateMany({
      where: { tenantId: actor.tenantId, id: registration.id, version: input.version, status: registration.status },
      data: { status: 'SUBMITTED', submittedAt: new Date(), returnComment: null, version: { increment: 1 } },
    })
    if (count !== 1) throw new ConflictError()
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: registration.organizationId,
      action: 'registration.submit',
      targetType: 'Registration',
      targetId: registration.id,
    })
  })
}

export async function reviewRegistration(actor: Actor, input: ReviewRegistrationInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const { registration, reviewer } = await loadRegistration(tx, actor, input.registrationId)
    if (!reviewer) throw new ForbiddenError('Chỉ cấp quản lý mới chấp nhận hoặc trả lại bản đăng ký.')
    if (registration.status !== 'SUBMITTED') throw new DomainError('Chỉ xem xét được bản đăng ký đã nộp.')
    if (input.decision === 'return' && !input.comment) throw new DomainError('Vui lòng ghi lý do trả lại.', 'comment')
    const accepted = input.decision === 'accept'
    const { count } = await tx.registration.updateMany({
      where: { tenantId: actor.tenantId, id: registration.id, version: input.version, status: 'SUBMITTED' },
      data: {
        status: accepted ? 'ACCEPTED' : 'RETURNED',
        returnComment: accepted ? null : input.comment,
        decidedAt: new Date(),
        version: { increment: 1 },
      },
    })
    if (count !== 1) throw new ConflictError('Bản đăng ký vừa được người khác xử lý. Hãy tải lại trang.')
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: registration.organizationId,
      action: accepted ? 'registration.accept' : 'registration.return',
      targetType: 'Registration',
      targetId: registration.id,
      after: accepted ? undefined : { comment: input.comment },
    })
  })
}
