// A test copy of a demo tenant with the year-end demo data (people, councils, ratings, registrations),
// seeded as the demo seed does it.
import { hashPassword } from '../../lib/auth/password'
import { seedDemoPeople } from '../../lib/people/demo'
import { seedYearEndCycle, seedYearEndOrganisation } from '../../lib/seed/year-end'
import { ownerDb } from './db'
import { createTenant, TEST_PASSWORD } from './factories'

export async function createYearEndTenant(template: 0 | 1) {
  const tenant = await createTenant(template)
  const hash = await hashPassword(TEST_PASSWORD)
  await seedDemoPeople(ownerDb(), tenant)
  await seedYearEndOrganisation(ownerDb(), tenant, hash)
  await seedYearEndCycle(ownerDb(), tenant, hash)
  return tenant
}
