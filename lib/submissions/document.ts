// The tờ trình and its danh sách đề nghị as documents: what the .docx and the .xlsx render. Pure: from
// the submission as lib/submissions/queries.ts loads it to the rows offices print — grouped by form of
// award (I. Bằng khen…, II. …) in the catalog's order, STT restarting in each group, with the usual
// columns: STT, họ và tên / tên tập thể, chức vụ, đơn vị, hình thức đề nghị, thành tích tóm tắt, ghi chú.
import { AWARDS, awardLabel, isAwardCode } from '../awards/catalog'
import { decisionLegalBases } from '../dossiers/decision-docx'
import { placeOf } from '../plans/contents'
import { isoDay, todayInVietnam } from '../shared/dates'
import type { LoadedSubmission } from './queries'

export const LIST_COLUMNS = [
  'STT',
  'Họ và tên / Tên tập thể',
  'Chức vụ',
  'Đơn vị',
  'Hình thức đề nghị',
  'Thành tích tóm tắt',
  'Ghi chú',
] as const

export type ListRow = {
  stt: number
  name: string
  position: string
  unit: string
  award: string
  achievement: string
  note: string
}
export type ListGroup = { award: string; label: string; individuals: number; collectives: number; rows: ListRow[] }

export interface SubmissionDocument {
  /** the body issuing the tờ trình, and the one above it as printed over it */
  issuer: string
  parentIssuer: string | null
  documentNumber: string | null
  place: string | null
  /** ISO date */
  issuedOn: string
  title: string
  /** "Kính gửi:" lines */
  recipients: string[]
  legalBases: string[]
  body: string
  closing: string
  groups: ListGroup[]
  /** "Nơi nhận" */
  copies: string[]
  signer: { authority: string | null; position: string | null; name: string | null }
  year: number
}

const lowerFirst = (t: string) => `${t.charAt(0).toLocaleLowerCase('vi-VN')}${t.slice(1)}`
const whoCount = (individuals: number, collectives: number) =>
  [individuals ? `${individuals} cá nhân` : '', collectives ? `${collectives} tập thể` : '']
    .filter(Boolean)
    .join(' và ')

/** "Về việc đề nghị …" as tờ trình print their trích yếu. */
export function submissionTitle(title: string) {
  const t = title.trim()
  return /^về việc\s/iu.test(t) ? `Về việc ${t.replace(/^về việc\s+/iu, '')}` : `Về việc ${lowerFirst(t)}`
}

/** The rows of the danh sách, grouped by form of award; only the nominees still in the package. */
export function listGroups(nominees: LoadedSubmission['nominees']): ListGroup[] {
  const inList = nominees.filter((n) => n.inPackage)
  const order = [...AWARDS.map((a) => a.code as string), ...new Set(inList.map((n) => n.award))]
  const groups: ListGroup[] = []
  for (const award of [...new Set(order)]) {
    const members = inList.filter((n) => n.award === award)
    if (members.length === 0) continue
    groups.push({
      award,
      label: isAwardCode(award) ? awardLabel(award) : award,
      individuals: members.filter((n) => n.personId).length,
      collectives: members.filter((n) => !n.personId).length,
      rows: members.map((n, i) => ({
        stt: i + 1,
        name: n.displayName,
        position: n.position ?? '',
        unit: n.unit,
        award: isAwardCode(n.award) ? awardLabel(n.award) : n.award,
        achievement: n.achievement,
        note: [n.female ? 'Nữ' : '', n.overrideReason ? `Thẩm định: ${n.overrideReason}` : '']
          .filter(Boolean)
          .join('; '),
      })),
    })
  }
  return groups
}

export function submissionDocumentOf(loaded: LoadedSubmission, today = todayInVietnam()): SubmissionDocument {
  const { submission, issuer, recipient } = loaded
  const decidesHere = submission.toOrgId === submission.organizationId
  const committee = issuer.kind === 'CHINH_QUYEN'
  const issuedOn = isoDay(submission.sentAt ?? today)
  const groups = listGroups(loaded.nominees)
  const individuals = groups.reduce((s, g) => s + g.individuals, 0)
  const collectives = groups.reduce((s, g) => s + g.collectives, 0)
  // At the deciding level the secretariat (Thường trực Hội đồng) submits to the head and the council;
  // otherwise the level submits to the level above.
  const head = (o: { name: string; kind: string }) =>
    `${o.kind === 'CHINH_QUYEN' ? 'Chủ tịch' : 'Thủ trưởng'} ${o.name}`
  const to = decidesHere ? [head(issuer), `Hội đồng Thi đua - Khen thưởng ${issuer.name}`] : [recipient.name]
  const addressee = decidesHere ? head(issuer) : recipient.name
  return {
    issuer: decidesHere ? 'Thường trực Hội đồng Thi đua - Khen thưởng' : issuer.name,
    parentIssuer: decidesHere ? issuer.name : committee ? null : loaded.parentName,
    documentNumber: submission.documentNumber,
    place: placeOf(issuer.name) ?? (loaded.parentName ? placeOf(loaded.parentName) : null),
    issuedOn,
    title: submissionTitle(submission.title),
    recipients: to,
    legalBases: decisionLegalBases(issuedOn, committee),
    body: `Căn cứ kết quả bình xét, đề nghị của các cơ quan, đơn vị và kết quả thẩm định hồ sơ, ${decidesHere ? 'Thường trực Hội đồng Thi đua - Khen thưởng' : issuer.name} kính trình ${addressee} xem xét, ${decidesHere ? 'quyết định khen thưởng' : 'khen thưởng hoặc trình cấp có thẩm quyền khen thưởng'} cho ${whoCount(individuals, collectives) || '0 cá nhân'} có thành tích xuất sắc năm ${submission.year}, cụ thể như sau:`,
    closing: `(Có danh sách và hồ sơ kèm theo). Kính trình ${addressee} xem xét, quyết định./.`,
    groups,
    copies: ['Như trên', 'Lưu: VT, TĐKT'],
    signer: decidesHere
      ? { authority: 'TM. THƯỜNG TRỰC HỘI ĐỒNG', position: null, name: null }
      : committee
        ? { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: null }
        : { authority: null, position: 'THỦ TRƯỞNG ĐƠN VỊ', name: null },
    year: submission.year,
  }
}

/** One line per form of award in the body: "- Bằng khen của Chủ tịch UBND tỉnh: 3 cá nhân và 1 tập thể;". */
export const summaryLines = (groups: readonly ListGroup[]) =>
  groups.map((g, i) => `- ${g.label}: ${whoCount(g.individuals, g.collectives)}${i === groups.length - 1 ? '.' : ';'}`)
