// The annual summary report (báo cáo tổng kết công tác thi đua, khen thưởng) as a .docx draft in the
// NĐ 30/2020 layout, its figures filled from the data (movements, registrations, awards by form and
// level, as the statistics forms count them); the secretariat writes the assessment around them.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx'
import type { Actor } from '../auth/actor'
import { AWARDS } from '../awards/catalog'
import { withTenant } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { MARGIN, PAGE, TEXT_WIDTH, bodyParagraph, centredLine, layoutTable, run } from '../plans/docx/format'
import { DomainError } from '../shared/errors'
import { todayInVietnam } from '../shared/dates'
import { COUNTED } from './dimensions'
import { readFacts } from './facts'
import { computeForm } from './compute'
import { AWARD_LEVELS, levelOfAward } from './levels'
import { formFor } from './forms'
import { MIN_YEAR, maxYear } from './report-form'

export type AnnualFigures = {
  unitName: string
  parentName: string | null
  year: number
  movements: { total: number; thematic: number }
  registrations: { units: number; registered: number }
  awards: { code: string; label: string; collective: number; individual: number }[]
  levels: { label: string; count: number }[]
}

const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

export async function annualFigures(actor: Actor, unitId: string, year: number): Promise<AnnualFigures> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > maxYear())
    throw new DomainError(`Năm báo cáo phải từ ${MIN_YEAR} đến ${maxYear()}.`, 'nam')
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, unitId, 'workspace.view')
    const parent = unit.parentId
      ? await tx.organization.findFirst({
          where: { tenantId: actor.tenantId, id: unit.parentId },
          select: { name: true },
        })
      : null
    const scope = { tenantId: actor.tenantId, unitPath: unit.path, year }
    const movementForm = formFor('0601.N', year)
    const movements = movementForm ? computeForm(movementForm, await readFacts(tx, 'movements', scope)) : null
    const rowTotal = (code: string) => movements?.rows.find((r) => r.def.code === code)?.total ?? 0
    const [round, awards] = await Promise.all([
      tx.registrationRound.findFirst({
        where: { tenantId: actor.tenantId, organizationId: unit.id, year },
        select: { id: true },
      }),
      tx.$queryRawUnsafe<{ award: string; collective: boolean; n: bigint }[]>(
        `SELECT ar.award, (ar."personId" IS NULL) AS collective, count(*) AS n FROM "AwardRecord" ar
           JOIN "Organization" o ON o."tenantId" = ar."tenantId" AND o.id = ar."organizationId"
          WHERE ar."tenantId" = $1::uuid AND ar.year = $2 AND o.path LIKE $3 AND ${COUNTED}
          GROUP BY 1, 2`,
        actor.tenantId,
        year,
        likePrefix(unit.path),
      ),
    ])
    const [units, registered] = round
      ? await Promise.all([
          tx.organization.count({ where: { tenantId: actor.tenantId, parentId: unit.id, active: true } }),
          tx.registration.count({
            where: { tenantId: actor.tenantId, roundId: round.id, status: { in: ['SUBMITTED', 'ACCEPTED'] } },
          }),
        ])
      : [0, 0]
    const count = (code: string, collective: boolean) =>
      Number(awards.find((a) => a.award === code && a.collective === collective)?.n ?? 0)
    return {
      unitName: unit.name,
      parentName: parent?.name ?? null,
      year,
      movements: { total: rowTotal('01'), thematic: rowTotal('11') },
      registrations: { units, registered },
      awards: AWARDS.map((a) => ({
        code: a.code,
        label: a.label,
        collective: count(a.code, true),
        individual: count(a.code, false),
      })).filter((a) => a.collective + a.individual > 0),
      levels: AWARD_LEVELS.map((l) => ({
        label: l.label,
        count: awards.filter((a) => levelOfAward(a.award) === l.key).reduce((s, a) => s + Number(a.n), 0),
      })),
    }
  })
}

const cellOf = (text: string, bold = false, align: 'left' | 'center' | 'right' = 'left') =>
  new TableCell({
    children: [
      new Paragraph({
        alignment:
          align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [run(text, { bold, size: 13 })],
      }),
    ],
  })

const vn = (n: number) => n.toLocaleString('vi-VN')
const upper = (s: string) => s.toLocaleUpperCase('vi-VN')

export async function annualReportDocx(f: AnnualFigures): Promise<Buffer> {
  const today = todayInVietnam()
  const half = Math.round(TEXT_WIDTH * 0.42)
  const header = layoutTable(
    [half, TEXT_WIDTH - half],
    [
      [
        [
          ...(f.parentName ? [centredLine([run(upper(f.parentName), { size: 12 })])] : []),
          centredLine([run(upper(f.unitName), { bold: true, size: 12 })]),
          centredLine([run('Số:      /BC-…', { size: 13 })]),
        ],
        [
          centredLine([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 })]),
          centredLine([run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13 })]),
          centredLine([
            run(
              `……, ngày ${String(today.getUTCDate()).padStart(2, '0')} tháng ${String(today.getUTCMonth() + 1).padStart(2, '0')} năm ${today.getUTCFullYear()}`,
              { italics: true, size: 13 },
            ),
          ]),
        ],
      ],
    ],
  )
  const total = f.awards.reduce((s, a) => s + a.collective + a.individual, 0)
  const para = (text: string, bold = false) => bodyParagraph([run(text, { bold })])
  const awardsTable = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cellOf('Danh hiệu, hình thức khen thưởng', true, 'center'),
          cellOf('Tập thể', true, 'center'),
          cellOf('Cá nhân', true, 'center'),
          cellOf('Cộng', true, 'center'),
        ],
      }),
      ...f.awards.map(
        (a) =>
          new TableRow({
            children: [
              cellOf(a.label),
              cellOf(vn(a.collective), false, 'right'),
              cellOf(vn(a.individual), false, 'right'),
              cellOf(vn(a.collective + a.individual), false, 'right'),
            ],
          }),
      ),
      new TableRow({
        children: [
          cellOf('Tổng cộng', true),
          cellOf(vn(f.awards.reduce((s, a) => s + a.collective, 0)), true, 'right'),
          cellOf(vn(f.awards.reduce((s, a) => s + a.individual, 0)), true, 'right'),
          cellOf(vn(total), true, 'right'),
        ],
      }),
    ],
  })
  const doc = new Document({
    creator: 'Phần mềm thi đua, khen thưởng',
    title: `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${f.year}`,
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        children: [
          header,
          new Paragraph({ children: [] }),
          centredLine([run('BÁO CÁO', { bold: true, size: 14 })]),
          centredLine([run(`Tổng kết công tác thi đua, khen thưởng năm ${f.year}`, { bold: true, size: 14 })]),
          centredLine([run(`và phương hướng, nhiệm vụ năm ${f.year + 1}`, { bold: true, size: 14 })]),
          new Paragraph({ children: [] }),
          para(`I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${f.year}`, true),
          para('1. Công tác chỉ đạo, tổ chức các phong trào thi đua', true),
          para(
            `Trong năm ${f.year}, ${f.unitName} và các đơn vị trực thuộc đã phát động và tổ chức ${vn(f.movements.total)} phong trào thi đua, trong đó ${vn(f.movements.thematic)} phong trào thi đua theo chuyên đề. [Nêu các phong trào tiêu biểu, kết quả nổi bật.]`,
          ),
          para('2. Công tác đăng ký, ký kết giao ước thi đua', true),
          para(
            f.registrations.units
              ? `${vn(f.registrations.registered)} trên ${vn(f.registrations.units)} đơn vị trực thuộc đã đăng ký thi đua năm ${f.year}. [Đánh giá việc đăng ký, giao ước thi đua của cụm, khối.]`
              : `Chưa mở đợt đăng ký thi đua năm ${f.year} tại đơn vị. [Đánh giá việc đăng ký, giao ước thi đua của cụm, khối.]`,
          ),
          para('3. Công tác khen thưởng', true),
          para(
            `Tổng số khen thưởng năm ${f.year}: ${vn(total)} (${f.levels.map((l) => `${l.label.toLocaleLowerCase('vi-VN')}: ${vn(l.count)}`).join('; ')}), cụ thể:`,
          ),
          awardsTable,
          new Paragraph({ children: [] }),
          para('4. Đánh giá chung', true),
          para('[Ưu điểm; hạn chế, tồn tại và nguyên nhân; bài học kinh nghiệm.]'),
          para(`II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${f.year + 1}`, true),
          para('[Các nhiệm vụ trọng tâm, phong trào thi đua sẽ phát động, giải pháp.]'),
          para('III. KIẾN NGHỊ, ĐỀ XUẤT', true),
          para('[Kiến nghị với cấp trên.]'),
        ],
      },
    ],
  })
  return Buffer.from(await Packer.toBuffer(doc))
}
