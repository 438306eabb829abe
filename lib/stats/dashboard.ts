// The overview (Tổng quan) of a workspace: what needs this person now, by what their roles at the unit
// let them do, and for leaders and the secretariat the charts of the unit's subtree. A fixed number of
// grouped queries, whatever the size of the province.
import type { Actor } from '../auth/actor'
import { canAt } from '../auth/scope'
import { AWARDS } from '../awards/catalog'
import { blockRanking } from '../blocks/queries'
import { withTenant, type Tx } from '../db/tenant'
import { todayInVietnam } from '../shared/dates'
import { COUNTED } from './dimensions'
import { AWARD_LEVELS, levelOfAward } from './levels'

export const DEADLINE_WINDOW_DAYS = 14
export const CHART_YEARS = 6

type Unit = { id: string; path: string; name: string }
export type Todo = { key: string; label: string; count: number; href: string }
export type Series = { key: string; label: string }
export type Chart = {
  id: string
  title: string
  /** what the chart says, in one sentence, for screen readers and the figure caption */
  summary: string
  kind: 'bar' | 'stacked' | 'pie'
  /** the category axis (first column of the table) */
  category: string
  series: Series[]
  data: ({ name: string } & Record<string, number | string>)[]
  /** the table view's unit, e.g. "%" */
  unit?: string
}

const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
const day = (d: Date) => d.toISOString().slice(0, 10)

async function todos(tx: Tx, actor: Actor, unit: Unit, base: string): Promise<Todo[]> {
  const can = (p: Parameters<typeof canAt>[1]) => canAt(actor.memberships, p, unit)
  const today = todayInVietnam()
  const soon = new Date(today.getTime() + DEADLINE_WINDOW_DAYS * 86_400_000)
  const year = today.getUTCFullYear()
  const out: Todo[] = []
  const t = actor.tenantId
  const members = can('council.vote') ? await memberIds(tx, actor) : []
  const [held, approved, sessions, round, ownRound, lateTasks, dueTasks] = await Promise.all([
    can('dossier.appraise') || can('decision.sign')
      ? tx.dossierNominee.count({ where: { tenantId: t, holderOrgId: unit.id, status: 'IN_REVIEW' } })
      : 0,
    can('decision.sign')
      ? tx.dossierNominee.count({
          where: { tenantId: t, holderOrgId: unit.id, decidingOrgId: unit.id, status: 'APPROVED' },
        })
      : 0,
    members.length
      ? tx.councilSession.count({
          where: {
            tenantId: t,
            status: 'OPEN',
            council: { members: { some: { id: { in: members } } } },
            items: { some: { casts: { none: { memberId: { in: members } } } } },
          },
        })
      : 0,
    can('registration.review')
      ? tx.registrationRound.findFirst({
          where: { tenantId: t, organizationId: unit.id, year },
          select: { id: true, deadline: true },
        })
      : null,
    can('registration.manage')
      ? tx.organization.findFirst({ where: { tenantId: t, id: unit.id }, select: { parentId: true } }).then((u) =>
          u?.parentId
            ? tx.registrationRound.findFirst({
                where: { tenantId: t, organizationId: u.parentId, year },
                select: { id: true, deadline: true },
              })
            : null,
        )
      : null,
    can('plan.report')
      ? tx.planTask.count({
          where: { tenantId: t, leadOrganizationId: unit.id, status: { not: 'DONE' }, dueDate: { lt: today } },
        })
      : 0,
    can('plan.report')
      ? tx.planTask.count({
          where: {
            tenantId: t,
            leadOrganizationId: unit.id,
            status: { not: 'DONE' },
            dueDate: { gte: today, lte: soon },
          },
        })
      : 0,
  ])
  if (held)
    out.push({ key: 'held', label: 'Hồ sơ đang chờ đơn vị thẩm định', count: held, href: `${base}/ho-so-khen-thuong` })
  if (approved)
    out.push({
      key: 'approved',
      label: 'Người được đề nghị đã duyệt, chờ ra quyết định',
      count: approved,
      href: `${base}/ho-so-khen-thuong/quyet-dinh/moi`,
    })
  if (sessions)
    out.push({ key: 'vote', label: 'Phiên họp Hội đồng chờ bạn biểu quyết', count: sessions, href: `${base}/hoi-dong` })
  if (round) {
    const [children, registered] = await Promise.all([
      tx.organization.count({ where: { tenantId: t, parentId: unit.id, active: true } }),
      tx.registration.count({ where: { tenantId: t, roundId: round.id, status: { in: ['SUBMITTED', 'ACCEPTED'] } } }),
    ])
    if (children > registered)
      out.push({
        key: 'registrations',
        label: `Đơn vị trực thuộc chưa nộp đăng ký thi đua năm ${year} (hạn ${day(round.deadline).split('-').reverse().join('/')})`,
        count: children - registered,
        href: `${base}/dang-ky-thi-dua`,
      })
  }
  if (ownRound) {
    const mine = await tx.registration.findFirst({
      where: { tenantId: t, roundId: ownRound.id, organizationId: unit.id },
      select: { status: true },
    })
    if (!mine || mine.status === 'DRAFT' || mine.status === 'RETURNED')
      out.push({
        key: 'own-registration',
        label: `Đơn vị chưa nộp đăng ký thi đua năm ${year} (hạn ${day(ownRound.deadline).split('-').reverse().join('/')})`,
        count: 1,
        href: `${base}/dang-ky-thi-dua`,
      })
  }
  if (lateTasks)
    out.push({ key: 'late', label: 'Nhiệm vụ kế hoạch quá hạn', count: lateTasks, href: `${base}/ke-hoach` })
  if (dueTasks)
    out.push({
      key: 'due',
      label: `Nhiệm vụ kế hoạch đến hạn trong ${DEADLINE_WINDOW_DAYS} ngày`,
      count: dueTasks,
      href: `${base}/ke-hoach`,
    })
  return out
}

async function memberIds(tx: Tx, actor: Actor) {
  const rows = await tx.councilMember.findMany({
    where: { tenantId: actor.tenantId, userId: actor.userId, active: true },
    select: { id: true },
  })
  return rows.map((r) => r.id)
}

async function charts(tx: Tx, actor: Actor, unit: Unit): Promise<Chart[]> {
  const t = actor.tenantId
  const lastYear = todayInVietnam().getUTCFullYear()
  const firstYear = lastYear - CHART_YEARS + 1
  const [byAward, women, round, tasks, block] = await Promise.all([
    tx.$queryRawUnsafe<{ year: number; award: string; n: bigint }[]>(
      `SELECT ar.year, ar.award, count(*) AS n FROM "AwardRecord" ar
         JOIN "Organization" o ON o."tenantId" = ar."tenantId" AND o.id = ar."organizationId"
        WHERE ar."tenantId" = $1::uuid AND o.path LIKE $2 AND ar.year BETWEEN $3 AND $4 AND ${COUNTED}
        GROUP BY 1, 2`,
      t,
      likePrefix(unit.path),
      firstYear,
      lastYear,
    ),
    tx.$queryRawUnsafe<{ year: number; women: bigint; people: bigint }[]>(
      `SELECT ar.year, count(*) FILTER (WHERE p.gender = 'NU') AS women, count(*) AS people FROM "AwardRecord" ar
         JOIN "Organization" o ON o."tenantId" = ar."tenantId" AND o.id = ar."organizationId"
         JOIN "Person" p ON p."tenantId" = ar."tenantId" AND p.id = ar."personId"
        WHERE ar."tenantId" = $1::uuid AND o.path LIKE $2 AND ar.year BETWEEN $3 AND $4 AND ${COUNTED}
        GROUP BY 1`,
      t,
      likePrefix(unit.path),
      firstYear,
      lastYear,
    ),
    tx.registrationRound.findFirst({
      where: { tenantId: t, organizationId: unit.id },
      orderBy: { year: 'desc' },
      select: { id: true, year: true },
    }),
    tx.$queryRawUnsafe<{ name: string; status: string; n: bigint }[]>(
      `SELECT o.name, pt.status::text AS status, count(*) AS n FROM "PlanTask" pt
         JOIN "Plan" pl ON pl."tenantId" = pt."tenantId" AND pl.id = pt."planId"
         JOIN "Organization" o ON o."tenantId" = pt."tenantId" AND o.id = pt."leadOrganizationId"
        WHERE pt."tenantId" = $1::uuid AND o.path LIKE $2 AND pl.status = 'ISSUED'
        GROUP BY 1, 2 ORDER BY 1 LIMIT 400`,
      t,
      likePrefix(unit.path),
    ),
    tx.emulationBlock.findFirst({
      where: { tenantId: t, organizationId: unit.id },
      orderBy: { year: 'desc' },
      select: { id: true, name: true, year: true },
    }),
  ])
  const years = Array.from({ length: CHART_YEARS }, (_, i) => firstYear + i)
  const out: Chart[] = []
  // Awards by form over the years (stacked), and by level.
  const present = AWARDS.filter((a) => byAward.some((r) => r.award === a.code))
  const byYear = years.map((year) => {
    const row: { name: string } & Record<string, number | string> = { name: String(year) }
    for (const a of present) row[a.code] = 0
    for (const l of AWARD_LEVELS) row[l.key] = 0
    for (const r of byAward.filter((x) => x.year === year)) {
      row[r.award] = Number(row[r.award] ?? 0) + Number(r.n)
      const level = levelOfAward(r.award)
      row[level] = Number(row[level]) + Number(r.n)
    }
    return row
  })
  const totalAwards = byAward.reduce((s, r) => s + Number(r.n), 0)
  out.push({
    id: 'awards-by-form',
    title: 'Khen thưởng theo danh hiệu, hình thức qua các năm',
    summary: `${totalAwards.toLocaleString('vi-VN')} khen thưởng từ ${firstYear} đến ${lastYear}.`,
    kind: 'stacked',
    category: 'Năm',
    series: present.map((a) => ({ key: a.code, label: a.short })),
    data: byYear.map((r) =>
      Object.fromEntries([['name', r.name], ...present.map((a) => [a.code, r[a.code]])]),
    ) as Chart['data'],
  })
  out.push({
    id: 'awards-by-level',
    title: 'Khen thưởng theo cấp qua các năm',
    summary: AWARD_LEVELS.map(
      (l) => `${l.label}: ${byYear.reduce((s, r) => s + Number(r[l.key]), 0).toLocaleString('vi-VN')}`,
    ).join('; '),
    kind: 'stacked',
    category: 'Năm',
    series: AWARD_LEVELS.map((l) => ({ key: l.key, label: l.label })),
    data: byYear.map((r) =>
      Object.fromEntries([['name', r.name], ...AWARD_LEVELS.map((l) => [l.key, r[l.key]])]),
    ) as Chart['data'],
  })
  const share = years.map((year) => {
    const w = women.find((x) => x.year === year)
    const people = Number(w?.people ?? 0)
    return { name: String(year), share: people ? Math.round((Number(w!.women) * 1000) / people) / 10 : 0 }
  })
  const last = share[share.length - 1]
  out.push({
    id: 'women-share',
    title: 'Tỷ lệ nữ trong khen thưởng cá nhân',
    summary: `Năm ${last.name}: ${last.share.toLocaleString('vi-VN')}% cá nhân được khen thưởng là nữ.`,
    kind: 'bar',
    category: 'Năm',
    series: [{ key: 'share', label: 'Tỷ lệ nữ (%)' }],
    data: share,
    unit: '%',
  })
  if (round) {
    const [children, registered] = await Promise.all([
      tx.organization.count({ where: { tenantId: t, parentId: unit.id, active: true } }),
      tx.registration.count({ where: { tenantId: t, roundId: round.id, status: { in: ['SUBMITTED', 'ACCEPTED'] } } }),
    ])
    out.push({
      id: 'registrations',
      title: `Đăng ký thi đua năm ${round.year} của các đơn vị trực thuộc`,
      summary: `${registered} trên ${children} đơn vị đã nộp đăng ký.`,
      kind: 'pie',
      category: 'Tình trạng',
      series: [{ key: 'value', label: 'Số đơn vị' }],
      data: [
        { name: 'Đã đăng ký', value: registered },
        { name: 'Chưa đăng ký', value: Math.max(0, children - registered) },
      ],
    })
  }
  if (tasks.length) {
    const units = [...new Set(tasks.map((r) => r.name))].slice(0, 15)
    const data = units.map((name) => {
      const row: { name: string } & Record<string, number | string> = { name, DONE: 0, IN_PROGRESS: 0, NOT_STARTED: 0 }
      for (const r of tasks.filter((x) => x.name === name)) row[r.status] = Number(r.n)
      return row
    })
    const done = data.reduce((s, r) => s + Number(r.DONE), 0)
    const all = data.reduce((s, r) => s + Number(r.DONE) + Number(r.IN_PROGRESS) + Number(r.NOT_STARTED), 0)
    out.push({
      id: 'plan-progress',
      title: 'Tiến độ nhiệm vụ kế hoạch theo đơn vị chủ trì',
      summary: `${done} trên ${all} nhiệm vụ đã hoàn thành.`,
      kind: 'stacked',
      category: 'Đơn vị',
      series: [
        { key: 'DONE', label: 'Hoàn thành' },
        { key: 'IN_PROGRESS', label: 'Đang thực hiện' },
        { key: 'NOT_STARTED', label: 'Chưa thực hiện' },
      ],
      data,
    })
  }
  if (block) {
    const ranking = await blockRanking(tx, t, block.id)
    if (ranking.ranked.length)
      out.push({
        id: 'block-ranking',
        title: `Xếp hạng ${block.name} năm ${block.year}`,
        summary: `Dẫn đầu: ${ranking.ranked[0].name} (${(ranking.ranked[0].total / 100).toLocaleString('vi-VN')} điểm).`,
        kind: 'bar',
        category: 'Đơn vị',
        series: [{ key: 'points', label: 'Điểm' }],
        data: ranking.ranked.map((r) => ({ name: `${r.rank}. ${r.name}`, points: r.total / 100 })),
      })
  }
  return out
}

export type Dashboard = { todos: Todo[]; charts: Chart[] | null }

/** Charts are for those who lead or run the work at the unit: leaders and the secretariat. */
export function seesCharts(actor: Actor, unit: { id: string; path: string }) {
  return (['decision.sign', 'dossier.appraise', 'plan.approve'] as const).some((p) => canAt(actor.memberships, p, unit))
}

export function dashboard(actor: Actor, unit: Unit, base: string): Promise<Dashboard> {
  return withTenant(actor.tenantId, async (tx) => ({
    todos: await todos(tx, actor, unit, base),
    charts: seesCharts(actor, unit) ? await charts(tx, actor, unit) : null,
  }))
}
