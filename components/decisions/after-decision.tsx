// After a decision is issued: its correction letters and revocations, and — for the issuer's signer —
// the forms to send a correction letter (form errors) or revoke an award (Luật 2022 Art. 93(2)).
import {
  correctDecisionAction,
  revokeItemAction,
} from '@/app/o/[orgId]/ho-so-khen-thuong/quyet-dinh/[decisionId]/actions'
import { CORRECTABLE_FIELDS, revocationGroundLabel } from '@/lib/decisions/schemas'
import { vnDate } from '@/lib/shared/dates'
import { CorrectionForm, RevocationForm } from './after-forms'

type Item = {
  id: string
  displayName: string
  goldBookNo: number | null
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

export function AfterDecision({
  decisionId,
  items,
  corrections,
  canSign,
}: {
  decisionId: string
  items: Item[]
  corrections: Correction[]
  canSign: boolean
}) {
  const revoked = items.filter((i) => i.revokedAt)
  const standing = items.filter((i) => !i.revokedAt)
  const label = (i: Item) => `${i.goldBookNo ? `${i.goldBookNo}. ` : ''}${i.displayName}`
  return (
    <section className="card space-y-4" aria-labelledby="after-title">
      <h2 id="after-title" className="text-lg font-semibold">
        Đính chính, hủy bỏ
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
            items={items.map((i) => ({ id: i.id, label: label(i) }))}
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
      <p className="text-xs text-slate-600">
        Sai sót về thể thức được đính chính bằng công văn; sai sót về nội dung phải sửa đổi, thay thế bằng quyết định có
        hình thức tương đương (Nghị định 30/2020/NĐ-CP, Điều 18 khoản 3).
      </p>
    </section>
  )
}
