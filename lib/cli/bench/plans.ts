// Plans of every committee (one per year), each with its tasks, legal bases and recipients. A lower
// committee's plan implements (sourcePlanId) the issued plan of the committee above it for that year.
// searchText is built as lib/plans/contents.ts and lib/plans/tasks.ts build it.
import { randomUUID } from 'node:crypto'
import type { Prisma } from '../../generated/prisma/client'
import type { PlanStatus, TaskStatus } from '../../generated/prisma/enums'
import { searchKey } from '../../plans/periods'
import type { Random } from './random'
import type { Unit } from './tree'

export type PlanRows = {
  plans: Prisma.PlanCreateManyInput[]
  tasks: Prisma.PlanTaskCreateManyInput[]
  legalBases: Prisma.PlanLegalBasisCreateManyInput[]
  recipients: Prisma.PlanRecipientCreateManyInput[]
  /** plan id by `${organizationId}|${year}` */
  byUnitYear: Map<string, string>
}

const PERIODS: [string, number[]][] = [
  ['Quý I', [1]],
  ['Quý II', [2]],
  ['Quý III', [3]],
  ['Quý IV', [4]],
  ['Quý I và II', [1, 2]],
  ['6 tháng cuối năm', [3, 4]],
  ['Cả năm', [1, 2, 3, 4]],
]
const TASKS = [
  'Ban hành Kế hoạch công tác thi đua, khen thưởng; hướng dẫn các đơn vị đăng ký thi đua.',
  'Tổ chức ký kết giao ước thi đua giữa các cụm, khối thi đua.',
  'Phát động phong trào thi đua "Chung sức xây dựng nông thôn mới".',
  'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm.',
  'Kiểm tra việc thực hiện phong trào thi đua tại các đơn vị trực thuộc.',
  'Tuyên truyền, nhân rộng các điển hình tiên tiến, gương người tốt việc tốt.',
  'Bồi dưỡng nghiệp vụ công tác thi đua, khen thưởng cho cán bộ làm công tác thi đua.',
  'Phát động thi đua cao điểm chào mừng ngày Quốc khánh 2/9.',
  'Tổng kết công tác thi đua, khen thưởng năm; xét đề nghị khen thưởng.',
  'Rà soát, cập nhật hồ sơ khen thưởng của cá nhân, tập thể.',
  'Thẩm định hồ sơ đề nghị danh hiệu Chiến sĩ thi đua cơ sở.',
  'Đẩy mạnh cải cách hành chính, nâng cao tỷ lệ hồ sơ trực tuyến toàn trình.',
  'Tổ chức Hội nghị điển hình tiên tiến.',
  'Báo cáo kết quả thực hiện phong trào thi đua về cấp trên.',
]
const MOVEMENTS = [
  'Chung sức xây dựng nông thôn mới',
  'Cả nước thi đua chuyển đổi số',
  'Dân vận khéo',
  'Vì người nghèo',
]
const LEGAL_BASES = [
  'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
]
const RECIPIENTS = ['Ủy ban nhân dân cấp trên', 'Các cơ quan, đơn vị trực thuộc', 'Lưu: VT']
const ROMAN = ['I', 'II', 'III', 'IV']

function statusOf(year: number, currentYear: number, random: Random): PlanStatus {
  if (year < currentYear) return 'ISSUED'
  const r = random.next()
  return r < 0.6 ? 'ISSUED' : r < 0.85 ? 'DRAFT' : r < 0.95 ? 'SUBMITTED' : 'RETURNED'
}

function titleOf(index: number, year: number, random: Random) {
  if (index % 5 === 3)
    return {
      kind: 'CAMPAIGN' as const,
      title: `Phát động thi đua thực hiện nhiệm vụ quý ${random.pick(ROMAN)} năm ${year}`,
    }
  if (index % 5 === 4)
    return { kind: 'CAMPAIGN' as const, title: `Phát động phong trào thi đua "${random.pick(MOVEMENTS)}" năm ${year}` }
  return { kind: 'ANNUAL' as const, title: `Công tác thi đua, khen thưởng năm ${year}` }
}

function taskStatus(status: PlanStatus, random: Random): TaskStatus {
  if (status !== 'ISSUED') return 'NOT_STARTED'
  const r = random.next()
  return r < 0.4 ? 'DONE' : r < 0.7 ? 'IN_PROGRESS' : 'NOT_STARTED'
}

export function buildPlans(
  tenantId: string,
  committees: readonly Unit[],
  place: string,
  spec: { planYears: number; tasksPerPlan: number },
  currentYear: number,
  random: Random,
): PlanRows {
  const rows: PlanRows = { plans: [], tasks: [], legalBases: [], recipients: [], byUnitYear: new Map() }
  const issued = new Set<string>()
  for (let y = spec.planYears - 1; y >= 0; y--) {
    const year = currentYear - y
    committees.forEach((unit, index) => {
      const id = randomUUID()
      const status = statusOf(year, currentYear, random)
      const { kind, title } = titleOf(index, year, random)
      const numberSeq = status === 'ISSUED' ? 10 + (index % 200) : null
      const documentNumber = numberSeq ? `${numberSeq}/KH-UBND` : null
      const issuerName = unit.name.toLocaleUpperCase('vi')
      const parentPlan = unit.parentId ? rows.byUnitYear.get(`${unit.parentId}|${year}`) : undefined
      rows.plans.push({
        id,
        tenantId,
        organizationId: unit.id,
        kind,
        status,
        year,
        symbol: 'KH-UBND',
        numberSeq,
        documentNumber,
        issuerName,
        place,
        issuedOn: status === 'ISSUED' ? new Date(Date.UTC(year, 1, 1 + (index % 27))) : null,
        title,
        purposes: ['Phát huy những kết quả đã đạt được, đẩy mạnh phong trào thi đua yêu nước trên mọi lĩnh vực.'],
        requirements: ['Tổ chức phong trào thi đua thiết thực, hiệu quả, tránh hình thức.'],
        focusTasks: ['Đổi mới công tác thi đua, khen thưởng theo Luật Thi đua, Khen thưởng.'],
        signerAuthority: status === 'ISSUED' ? 'TM. ỦY BAN NHÂN DÂN' : null,
        signerPosition: status === 'ISSUED' ? 'CHỦ TỊCH' : null,
        signerName: status === 'ISSUED' ? 'Nguyễn Văn Ký' : null,
        sourcePlanId: parentPlan && issued.has(parentPlan) ? parentPlan : null,
        searchText: searchKey([documentNumber ?? '', 'kế hoạch', title, issuerName, String(year)].join(' ')),
      })
      rows.byUnitYear.set(`${unit.id}|${year}`, id)
      if (status === 'ISSUED') issued.add(id)
      addContents(rows, tenantId, id, unit, status, spec.tasksPerPlan, random)
    })
  }
  return rows
}

function addContents(
  rows: PlanRows,
  tenantId: string,
  planId: string,
  unit: Unit,
  status: PlanStatus,
  tasksPerPlan: number,
  random: Random,
) {
  const count = random.int(tasksPerPlan - 2, tasksPerPlan + 2)
  for (let position = 0; position < count; position++) {
    const [periodLabel, quarters] = random.pick(PERIODS)
    const text = random.pick(TASKS)
    rows.tasks.push({
      tenantId,
      planId,
      position,
      periodLabel,
      quarters,
      text,
      leadOrganizationId: random.next() < 0.5 ? unit.id : null,
      status: taskStatus(status, random),
      searchText: searchKey(`${periodLabel} ${text}`),
    })
  }
  LEGAL_BASES.forEach((text, position) => rows.legalBases.push({ tenantId, planId, position, text }))
  RECIPIENTS.forEach((text, position) => rows.recipients.push({ tenantId, planId, position, text }))
}
