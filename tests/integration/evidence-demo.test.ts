// The demo data is consistent with its own rules: xã An Phước's demo dossier (CSTĐ cấp tỉnh and a Giấy
// khen for its chairman, 2024) passes its own appraisal at the district, with the evidence it names.
import { describe, expect, it } from 'vitest'
import type { Appraisal } from '../../lib/dossiers/appraisal'
import { actOnNominee } from '../../lib/dossiers/workflow'
import { seedDemoPeople } from '../../lib/people/demo'
import { seedDemoAwardHistory } from '../../lib/seed/demo'
import { seedDemoDossier } from '../../lib/seed/demo-dossier'
import { ownerDb } from '../support/db'
import { actorFor, createTenant, usernameOf } from '../support/factories'

describe('the demo dossier of xã An Phước', () => {
  it('passes its own appraisal: three years CSTĐ cơ sở, an unused provincial initiative, nothing to override', async () => {
    const dn = await createTenant(0)
    await seedDemoPeople(ownerDb(), dn)
    await seedDemoAwardHistory(ownerDb(), dn)
    const dossierId = await seedDemoDossier(ownerDb(), usernameOf(dn, 'thutruong.anphuoc'))
    expect(dossierId).toBeTruthy()
    const district = await actorFor(dn, 'noivu.longthanh') // CSTĐ cấp tỉnh and Giấy khen climb to the district first
    const nominees = await ownerDb().dossierNominee.findMany({ where: { dossierId: dossierId as string } })
    expect(nominees.map((n) => n.award).sort()).toEqual(['CSTD_TINH', 'GIAY_KHEN'])
    for (const n of nominees) {
      await actOnNominee(district, { nomineeId: n.id, version: n.version, action: 'appraise', reason: null })
      const appraisal = (await ownerDb().dossierNominee.findUniqueOrThrow({ where: { id: n.id } }))
        .appraisal as unknown as Appraisal
      const failed = appraisal.checks.filter((c) => c.status === 'FAILED')
      expect(failed, `${n.award}: ${JSON.stringify(failed)}`).toEqual([])
      if (n.award === 'CSTD_TINH') {
        expect(appraisal.evidence?.initiativeIds).toHaveLength(1)
        expect(appraisal.evidence?.awards.map((a) => a.year)).toEqual([2022, 2023, 2024])
      }
    }
  })
})
