// The measured operations: domain functions called as the pages call them, as the application role,
// inside withTenant (so every run pays for its transaction and the row-level security policies).
import { loadActor, loadActorInTx, type Actor, type SessionClaims } from '../../auth/actor'
import { authenticate } from '../../auth/login'
import { listAuditEvents } from '../../audit/list'
import { withTenant, type Tx } from '../../db/tenant'
import type { PrismaClient } from '../../generated/prisma/client'
import { listChildren } from '../../organizations/queries'
import { listPeople, type PeopleFilter } from '../../people/queries'
import { listPlans, loadPlanContents } from '../../plans/queries'
import { registrationOverview } from '../../registration/queries'
import { listUsers } from '../../users/queries'
import type { BenchUser } from './activity'
import type { GeneratedTenant } from './generate'
import type { BenchCase, Outcome } from './measure'

export type CaseContext = { app: PrismaClient; tenant: GeneratedTenant; password: string; year: number }

type Actors = { admin: Actor; secretariat: Actor }

const claimsOf = (tenant: GeneratedTenant, user: BenchUser): SessionClaims => ({
  userId: user.id,
  tenantId: tenant.id,
  sessionVersion: 1,
})

export async function loadActors(ctx: CaseContext): Promise<Actors> {
  const load = async (user: BenchUser) => {
    const actor = await withTenant(ctx.tenant.id, (tx) => loadActorInTx(tx, claimsOf(ctx.tenant, user)), {
      client: ctx.app,
    })
    if (!actor) throw new Error(`bench: no actor for ${user.username}`)
    return actor
  }
  return { admin: await load(ctx.tenant.admin), secretariat: await load(ctx.tenant.secretariat) }
}

const total = (n: number) => `total ${n.toLocaleString('en-US')}`

export function benchCases(ctx: CaseContext, actors: Actors): BenchCase[] {
  const { tenant } = ctx
  const inTenant = <T>(fn: (tx: Tx) => Promise<T>) => withTenant(tenant.id, fn, { client: ctx.app })
  const district = { id: tenant.district.id, path: tenant.district.path }
  const root = { id: tenant.root.id, path: tenant.root.path }

  // loadActor opens its own withTenant on the shared app client (DATABASE_URL), as every page does.
  const actorCase = (name: string, user: BenchUser): BenchCase => ({
    name,
    run: async () => {
      const actor = await loadActor(claimsOf(tenant, user))
      if (!actor) throw new Error(`bench: loadActor returned null for ${user.username}`)
      return { rows: actor.memberships.length }
    },
  })
  const childrenCase = (name: string, actor: Actor, parentId: string): BenchCase => ({
    name,
    run: async () => {
      const view = await inTenant((tx) => listChildren(tx, actor, parentId, 1))
      return { rows: view.children.length, note: total(view.total) }
    },
  })
  const plansCase = (name: string, query?: string): BenchCase => ({
    name,
    run: async () => {
      const list = await inTenant((tx) => listPlans(tx, actors.secretariat, district, { page: 1, query }))
      return {
        rows: list.plans.length,
        note: `${total(list.total)}${query ? `, ${list.matchingTasks.length} matching tasks` : ''}`,
      }
    },
  })
  const peopleCase = (
    name: string,
    actor: Actor,
    workspace: { id: string; path: string },
    filter: PeopleFilter,
  ): BenchCase => ({
    name,
    run: async () => {
      const list = await inTenant((tx) => listPeople(tx, actor, workspace, filter))
      return { rows: list.people.length, note: total(list.total) }
    },
  })
  const auditCase = (name: string, actor: Actor): BenchCase => ({
    name,
    run: async () => {
      const journal = await inTenant((tx) => listAuditEvents(tx, actor, 1))
      return { rows: journal.events.length, note: `${journal.pageCount} pages` }
    },
  })

  return [
    {
      // the fixed cost every request pays: an interactive transaction naming the tenant
      name: 'withTenant only (BEGIN, set_config, COMMIT)',
      run: async () => {
        await inTenant(async () => null)
        return { rows: 0 }
      },
    },
    actorCase('loadActor (tenant admin)', tenant.admin),
    actorCase('loadActor (commune head)', tenant.unitHead),
    childrenCase('listChildren (root)', actors.admin, root.id),
    childrenCase('listChildren (district)', actors.secretariat, district.id),
    {
      name: 'listUsers p1 (tenant admin)',
      run: async () => {
        const list = await inTenant((tx) => listUsers(tx, actors.admin, { page: 1 }))
        return { rows: list.users.length, note: total(list.total) }
      },
    },
    plansCase('listPlans (district)'),
    plansCase('listPlans (district, "ke hoach quy")', 'ke hoach quy'),
    {
      name: 'loadPlanContents (district plan)',
      run: async (): Promise<Outcome> => {
        const c = await inTenant((tx) => loadPlanContents(tx, tenant.id, tenant.samplePlanId))
        return {
          rows: c.tasks.length + c.legalBases.length + c.units.length + c.recipients.length,
          note: `${c.tasks.length} tasks`,
        }
      },
    },
    peopleCase('listPeople p1 (district unit)', actors.secretariat, district, { page: 1 }),
    peopleCase('listPeople p1 (district unit, "nguyen van")', actors.secretariat, district, {
      page: 1,
      query: 'nguyen van',
    }),
    peopleCase('listPeople p1 (district, all units)', actors.secretariat, district, { page: 1, unit: 'all' }),
    peopleCase('listPeople p1 (district, all, "nguyen van")', actors.secretariat, district, {
      page: 1,
      unit: 'all',
      query: 'nguyen van',
    }),
    peopleCase('listPeople p1 (province, all units)', actors.admin, root, { page: 1, unit: 'all' }),
    peopleCase('listPeople p1 (province, all, "nguyen van")', actors.admin, root, {
      page: 1,
      unit: 'all',
      query: 'nguyen van',
    }),
    {
      name: 'registrationOverview (district)',
      run: async () => {
        const o = await inTenant((tx) => registrationOverview(tx, actors.secretariat, district.id, ctx.year, 1))
        return { rows: o.rows.length, note: `${o.notRegisteredCount} not handed in` }
      },
    },
    auditCase('listAuditEvents p1 (tenant admin)', actors.admin),
    auditCase('listAuditEvents p1 (district secretariat)', actors.secretariat),
    {
      name: 'authenticate (right password)',
      run: async () => {
        const result = await authenticate(tenant.admin.username, ctx.password)
        if (!result.ok) throw new Error(`bench: authenticate failed: ${result.message}`)
        return { rows: 1 }
      },
    },
  ]
}
