// After a decision is issued: its correction letters, revocations and amending decisions, and — for the
// issuer's signer — the forms to send a correction letter (form errors), revoke an award (Luật 2022 Art.
// 93(2)) or issue an amending or replacing decision (content errors, NĐ 30/2020 Art. 18(3)).
import {
  correctDecisionAction,
  revokeItemAction,
} from '@/app/o/[orgId]/ho-so-khen-thuong/quyet-dinh/[decisionId]/actions'
import type { FormAction } from '@/components/admin/action-form'
import { CORRECTABLE_FIELDS, revocationGroundLabel } from '@/lib/decisions/schemas'
import { stands } from '@/lib/decisions/queries'
import { isoDay, todayInVietnam, vnDate } from '@/lib/shared/dates'
import { AmendmentForm } from './amend-form'
import { CorrectionForm, RevocationForm } from './after-forms'

type Item = {
  id: string
  displayName: string
  personId: string | null
  award: string
  goldBookNo: number | null
  supersededAt: Date | null
  revokedAt: Date | null
  revocationGround: string | null
  revocationDocument: string | null
  revocationNote: string | null
}
type Correction = {
  id: string
  field: string
  before: string
  after: string
  letterNumber: string
  letterDate: Date
  reason: string
}

const fieldLabel = (f: string) => CORRECTABLE_FIELDS.find((c) => c.value === f)?.label ?? f

type Decision = {
  id: string
  documentNumber: string | null
  decidedOn: Date | null
  signerAuthority: string | null
  signerPosition: string | null
  signerName: string | null
}

export function AfterDecision({
  decision,
  items,
  corrections,
  canSign,
  amend,
  amendAction,
}: {
  decision: Decision
  items: Item[]
  corrections: Correction[]
  canSign: boolean
  /** the register's suggestion for an amending decision; null when this one may not be amended here */
  amend: {
    suggested: number
    symbol: string
    year: number
    addable: { id: string; displayName: string; award: string; dossier: string }[]
  } | null
  amendAction: FormAction
}) {
  const decisionId = decision.id
  const revoked = items.filter((i) => i.revokedAt)
  const standing = items.filter(stands)
  const label = (i: Item) => `${i.goldBookNo ? `${i.goldBookNo}. ` : ''}${i.displayName}`
  return (
    <section className="card space-y-4" aria-labelledby="after-title">
      <h2 id="after-title" className="text-lg font-semibold">
        Đính chính, hủy bỏ, sửa đổi
      </h2>
      {corrections.length === 0 && revoked.length === 0 ? (
        <p className="text-sm text-slate-700">Quyết định chưa có đính chính hay hủy bỏ.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="after-list">
          {corrections.map((c) => (
            <li key={c.id}>
              Công văn đính chính số {c.letterNumber} ngày {vnDate(c.letterDate)}: {fieldLabel(c.field)} “{c.before}”
              sửa thành “{c.after}” ({c.reason}).
            </li>
          ))}
          {revoked.map((i) => (
            <li key={i.id}>
              Hủy bỏ khen thưởng của {label(i)} theo {i.revocationDocument}:{' '}
              {revocationGroundLabel(i.revocationGround ?? '')}. {i.revocationNote}
            </li>
          ))}
        </ul>
      )}
      {canSign ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <CorrectionForm
            action={correctDecisionAction}
            decisionId={decisionId}
            items={items.filter((i) => !i.supersededAt).map((i) => ({ id: i.id, label: label(i) }))}
          />
          {standing.length ? (
            <RevocationForm
              action={revokeItemAction}
              decisionId={decisionId}
              items={standing.map((i) => ({ id: i.id, label: label(i) }))}
            />
          ) : null}
        </div>
      ) : null}
      {canSign && amend && (standing.length || amend.addable.length) ? (
        <div className="border-t pt-4">
          <AmendmentForm
            action={amendAction}
            decisionId={decisionId}
            reference={`Quyết định số ${decision.documentNumber ?? ''} ngày ${vnDate(decision.decidedOn)}`}
            items={standing.map((i) => ({
              id: i.id,
              label: label(i),
              displayName: i.displayName,
              award: i.award,
              collective: !i.personId,
            }))}
            today={isoDay(todayInVietnam())}
            number={amend}
            signer={{
              authority: decision.signerAuthority ?? '',
              position: decision.signerPosition ?? '',
              name: decision.signerName ?? '',
            }}
          />
        </div>
      ) : null}
      <p className="text-xs text-slate-600">
        Sai sót về thể thức được đính chính bằng công văn; sai sót về nội dung phải sửa đổi, thay thế bằng quyết định có
        hình thức tương đương (Nghị định 30/2020/NĐ-CP, Điều 18 khoản 3).
      </p>
    </section>
  )
}
