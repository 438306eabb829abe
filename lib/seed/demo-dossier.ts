// A dossier in progress for the demo, made through the app's own use cases (as the commune head would):
// xã An Phước proposes its chairman for CSTĐ cấp tỉnh and a Giấy khen for 2024 and submits it, so the
// district finds it waiting for appraisal. The people demo gives him what the appraisal reads (HTXS
// 2022–2024, hence CSTĐ cơ sở 2022–2024 in the award history, and an unused provincial initiative of
// 2024): the demo dossier passes its own appraisal (tests/integration/evidence-demo.test.ts).
import { loadActor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { addNominee, createDossier } from '../dossiers/draft'
import { submitDossier } from '../dossiers/workflow'
import type { PrismaClient } from '../generated/prisma/client'

/** Runs with DATABASE_URL pointing at the database (the use cases connect as the app role). */
export async function seedDemoDossier(owner: PrismaClient, username = 'thutruong.anphuoc') {
  const head = await owner.user.findUnique({
    where: { username },
    select: { id: true, tenantId: true },
  })
  if (!head) return false
  const actor = await loadActor({ userId: head.id, tenantId: head.tenantId, sessionVersion: 1 })
  const unit = actor?.memberships.find((m) => m.role === 'UNIT_HEAD')
  if (!actor || !unit) return false
  const person = await owner.person.findFirst({
    where: {
      tenantId: actor.tenantId,
      organizationId: unit.organizationId,
      active: true,
      position: { startsWith: 'Chủ tịch' },
    },
    orderBy: [{ fullName: 'asc' }],
    select: { id: true },
  })
  if (!person) return false
  const { id: dossierId } = await createDossier(actor, {
    organizationId: unit.organizationId,
    kind: 'THUONG_XUYEN',
    year: 2024,
    title: 'Đề nghị khen thưởng thành tích năm 2024',
    movementId: null,
  })
  const version = async () =>
    (
      await withTenant(actor.tenantId, (tx) =>
        tx.dossier.findFirstOrThrow({ where: { tenantId: actor.tenantId, id: dossierId }, select: { version: true } }),
      )
    ).version
  await addNominee(actor, {
    dossierId,
    version: await version(),
    personId: person.id,
    organizationId: null,
    award: 'CSTD_TINH',
    achievement:
      'Ba năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở (2022–2024); sáng kiến “Số hóa hồ sơ một cửa cấp xã, kết nối Cổng dịch vụ công tỉnh” được công nhận cấp tỉnh năm 2024.',
  })
  await addNominee(actor, {
    dossierId,
    version: await version(),
    personId: person.id,
    organizationId: null,
    award: 'GIAY_KHEN',
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024, dẫn đầu khối thi đua các xã.',
  })
  await submitDossier(actor, { dossierId, version: await version() })
  return dossierId
}
