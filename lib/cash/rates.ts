// A province's cash rates: the shipped defaults (lib/awards/cash-rates.ts) plus the rows its admin added
// (model CashRate), read once per decision; and the use case that adds a row. The tenant admin of the
// province's root unit adds a value with its effective date and source when a decree changes it.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { SHIPPED_RATES, type CashRate } from '../awards/cash-rates'
import { isIssuer } from '../awards/authority'
import { isAwardCode } from '../awards/catalog'
import { withTenant, type Tx } from '../db/tenant'
import { provinceAdminUnit } from '../organizations/queries'
import { isoDay } from '../shared/dates'
import type { AddCashRateInput } from './schemas'

/** The province's own rows, oldest first (a row added later wins a tie: lib/awards/cash.ts `pickRate`). */
export async function tenantCashRates(tx: Tx, tenantId: string): Promise<CashRate[]> {
  const rows = await tx.cashRate.findMany({
    where: { tenantId },
    orderBy: [{ effectiveFrom: 'asc' }, { createdAt: 'asc' }],
    take: 1000,
  })
  return rows.map((r) => ({
    kind: r.kind,
    award: r.award && isAwardCode(r.award) ? r.award : null,
    recipient: r.recipient === 'INDIVIDUAL' || r.recipient === 'COLLECTIVE' ? r.recipient : null,
    ...(isIssuer(r.issuer) ? { issuer: r.issuer } : {}),
    value: r.value,
    from: isoDay(r.effectiveFrom),
    ...(r.effectiveTo ? { to: isoDay(r.effectiveTo) } : {}),
    source: r.source,
    confirmed: r.confirmed,
    shipped: false,
  }))
}

/** Every rate a decision of the province may read: shipped defaults, then its own rows. */
export async function cashRatesOf(tx: Tx, tenantId: string): Promise<CashRate[]> {
  return [...SHIPPED_RATES, ...(await tenantCashRates(tx, tenantId))]
}

export async function addCashRate(actor: Actor, input: AddCashRateInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await provinceAdminUnit(
      tx,
      actor,
      input.organizationId,
      'Chỉ quản trị của tỉnh (đơn vị cấp cao nhất) mới thêm mức tiền thưởng.',
    )
    const row = await tx.cashRate.create({
      data: {
        tenantId: actor.tenantId,
        kind: input.kind,
        award: input.award,
        recipient: input.recipient,
        issuer: input.issuer,
        value: input.value,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo,
        source: input.source,
        confirmed: input.confirmed,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'cash_rate.add',
      targetType: 'CashRate',
      targetId: row.id,
      after: {
        kind: input.kind,
        award: input.award,
        recipient: input.recipient,
        issuer: input.issuer,
        value: input.value,
        effectiveFrom: isoDay(input.effectiveFrom),
        effectiveTo: input.effectiveTo ? isoDay(input.effectiveTo) : null,
        source: input.source,
        confirmed: input.confirmed,
      },
    })
    return row
  })
}

export const RATES_PAGE_SIZE = 50

/** The rates table the admin page shows: base salary first, then each award's multiples, newest first. */
export async function listCashRates(tx: Tx, tenantId: string, page: number) {
  const rows = await cashRatesOf(tx, tenantId)
  const key = (r: CashRate) =>
    `${r.kind === 'BASE_SALARY' ? 0 : 1}:${r.award ?? ''}:${r.recipient ?? ''}:${r.issuer ?? ''}`
  const sorted = [...rows].sort((a, b) =>
    key(a) !== key(b)
      ? key(a).localeCompare(key(b))
      : b.from.localeCompare(a.from) || Number(a.shipped) - Number(b.shipped),
  )
  const pageCount = Math.max(1, Math.ceil(sorted.length / RATES_PAGE_SIZE))
  return {
    rows: sorted.slice((page - 1) * RATES_PAGE_SIZE, page * RATES_PAGE_SIZE),
    total: sorted.length,
    unconfirmed: sorted.filter((r) => !r.confirmed).length,
    page,
    pageCount,
  }
}
