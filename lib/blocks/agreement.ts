// Whether the members agreed the block's scoring (thống nhất kết quả chấm điểm). Pure.
// The block head (head of the leader unit) or the managing level puts the agreed scores to the members
// with a deadline; each unit that signed the covenant confirms (đồng ý) or objects (phản đối, with its
// reason). The ranking is final — and the Cờ thi đua can be proposed from it — only when agreed:
//  - nobody objected, and
//  - every signed unit confirmed, or the deadline has passed (a unit silent by the deadline is taken to
//    agree: the usual clause of a giao ước, "quá thời hạn không có ý kiến coi như thống nhất").
// An objection stops it until the scores are revised and put to the members again. Units that did not
// sign the covenant are not ranked and have no say. Dates are Vietnam calendar days "YYYY-MM-DD".
export type ScoreResponse = 'DONG_Y' | 'PHAN_DOI'
export type AgreementStatus = 'CHUA_DE_XUAT' | 'CHO_Y_KIEN' | 'CO_PHAN_DOI' | 'DA_THONG_NHAT'

export const AGREEMENT_LABELS = {
  CHUA_DE_XUAT: 'Chưa đưa ra khối thống nhất',
  CHO_Y_KIEN: 'Đang chờ ý kiến các đơn vị',
  CO_PHAN_DOI: 'Có đơn vị phản đối: cần xem xét lại điểm',
  DA_THONG_NHAT: 'Khối đã thống nhất kết quả chấm điểm',
} as const satisfies Record<AgreementStatus, string>

export type AgreementMember = {
  organizationId: string
  name: string
  signed: boolean
  response: ScoreResponse | null
  objection?: string | null
}

export type Agreement = {
  status: AgreementStatus
  deadline: string | null
  /** signed units by their answer; "silent" have not answered (yet) */
  confirmed: AgreementMember[]
  objected: AgreementMember[]
  silent: AgreementMember[]
  /** the deadline has passed */
  closed: boolean
  note: string
}

const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

export function agreementOf(
  proposal: { deadline: string | null },
  members: readonly AgreementMember[],
  today: string,
): Agreement {
  const signed = members.filter((m) => m.signed)
  const confirmed = signed.filter((m) => m.response === 'DONG_Y')
  const objected = signed.filter((m) => m.response === 'PHAN_DOI')
  const silent = signed.filter((m) => m.response === null)
  const deadline = proposal.deadline
  const closed = deadline !== null && today > deadline
  const base = { deadline, confirmed, objected, silent, closed }
  if (deadline === null)
    return { ...base, status: 'CHUA_DE_XUAT', note: 'Kết quả chấm điểm chưa được đưa ra khối thống nhất.' }
  if (objected.length)
    return {
      ...base,
      status: 'CO_PHAN_DOI',
      note: `${objected.map((m) => m.name).join(', ')} phản đối kết quả chấm điểm: xếp hạng chưa phải là kết quả cuối cùng.`,
    }
  if (silent.length === 0)
    return { ...base, status: 'DA_THONG_NHAT', note: 'Tất cả đơn vị đã ký giao ước đồng ý kết quả chấm điểm.' }
  if (closed)
    return {
      ...base,
      status: 'DA_THONG_NHAT',
      note: `Hết hạn góp ý ngày ${viDate(deadline)} không có đơn vị phản đối: ${silent.length} đơn vị không có ý kiến được coi là đồng ý.`,
    }
  return {
    ...base,
    status: 'CHO_Y_KIEN',
    note: `Chờ ý kiến của ${silent.length} đơn vị đến hết ngày ${viDate(deadline)}.`,
  }
}

export const isFinal = (agreement: Pick<Agreement, 'status'>) => agreement.status === 'DA_THONG_NHAT'
