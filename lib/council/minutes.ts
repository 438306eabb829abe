// Biên bản phiên họp xét khen thưởng (.docx): the council, the session, the members with their
// attendance and written votes, the result per nominee counted on the whole membership, and the
// signatures of the secretary and the chair. Only a closed session has minutes.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { DomainError } from '../shared/errors'
import { quorumLabel, vietnamTime } from './labels'
import { closerOf, loadSessionView } from './views'

const FONT = 'Times New Roman'
const run = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, font: FONT, size: (options.size ?? 13) * 2, bold: options.bold, italics: options.italics })
const para = (
  children: TextRun[],
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED,
  before = 0,
) => new Paragraph({ alignment, spacing: { before, after: 60 }, children })
const centred = (...children: TextRun[]) => para(children, AlignmentType.CENTER)
const cell = (value: string, options: { bold?: boolean; center?: boolean } = {}) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(value, { bold: options.bold, size: 12 })],
      }),
    ],
  })
const grid = (header: string[], rows: string[][], centredColumns: number[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { bold: true, center: true })) }),
      ...rows.map(
        (r) => new TableRow({ children: r.map((value, i) => cell(value, { center: centredColumns.includes(i) })) }),
      ),
    ],
  })
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const
const signatureTable = (columns: { title: string; name: string }[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        children: columns.map(
          (c) =>
            new TableCell({
              borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
              children: [
                centred(run(c.title, { bold: true })),
                ...[1, 2, 3, 4].map(() => centred(run(''))),
                centred(run(c.name, { bold: true })),
              ],
            }),
        ),
      }),
    ],
  })

export type MinutesInput = {
  organizationName: string
  councilName: string
  title: string
  openedAt: Date
  closedAt: Date
  quorumPercent: number
  memberCount: number
  members: { fullName: string; position: string | null; isChair: boolean; present: boolean; writtenVotes: number }[]
  items: {
    displayName: string
    awardLabel: string
    /** null when too few ballots were cast to publish counts that would not single a voter out */
    agree: number | null
    disagree: number | null
    /** paper sessions: ballots invalid for this nominee (null when withheld) */
    invalid?: number | null
    required: number
    passed: boolean
  }[]
  chairName: string
  secretaryName: string
  /** a paper session: the counting committee's record, whose scan is kept with the session */
  paper?: { ballotsIssued: number; ballotsReturned: number; committee: string[] } | null
}

export async function minutesDocx(input: MinutesInput): Promise<Buffer> {
  const present = input.members.filter((m) => m.present).length
  const written = input.members.reduce((sum, m) => sum + (m.writtenVotes > 0 ? 1 : 0), 0)
  const passed = input.items.filter((i) => i.passed).length
  const doc = new Document({
    creator: 'Phần mềm thi đua, khen thưởng',
    title: `Biên bản ${input.title}`,
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } },
        },
        children: [
          centred(run(input.organizationName.toUpperCase())),
          centred(run(input.councilName.toUpperCase(), { bold: true })),
          centred(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })),
          centred(run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14 })),
          para([], AlignmentType.CENTER),
          centred(run('BIÊN BẢN', { bold: true, size: 14 })),
          centred(run(input.title, { bold: true, size: 14 })),
          para(
            [
              run(
                `Phiên họp bắt đầu lúc ${vietnamTime(input.openedAt)} và kết thúc lúc ${vietnamTime(input.closedAt)}.`,
                { size: 14 },
              ),
            ],
            undefined,
            240,
          ),
          para([
            run(
              `Tổng số thành viên Hội đồng: ${input.memberCount}; có mặt: ${present}; vắng mặt: ${input.memberCount - present}` +
                (written ? ` (trong đó ${written} thành viên gửi phiếu bằng văn bản)` : '') +
                `. Tỷ lệ dự họp tối thiểu theo quy chế: ${quorumLabel(input.quorumPercent)}.`,
              { size: 14 },
            ),
          ]),
          para([run('I. THÀNH PHẦN THAM DỰ', { bold: true, size: 14 })], undefined, 120),
          grid(
            ['STT', 'Họ và tên', 'Chức vụ', 'Tham dự', 'Phiếu bằng văn bản'],
            input.members.map((m, i) => [
              String(i + 1),
              m.fullName + (m.isChair ? ' (Chủ tịch Hội đồng)' : ''),
              m.position ?? '',
              m.present ? 'Có mặt' : 'Vắng mặt',
              m.writtenVotes ? `${m.writtenVotes} phiếu` : '',
            ]),
            [0, 3, 4],
          ),
          para([run('II. KẾT QUẢ BIỂU QUYẾT (BỎ PHIẾU KÍN)', { bold: true, size: 14 })], undefined, 120),
          ...(input.paper
            ? [
                para([
                  run(
                    `Hình thức: bỏ phiếu kín bằng phiếu giấy. Ban kiểm phiếu gồm: ${input.paper.committee.join(', ')}. ` +
                      `Số phiếu phát ra: ${input.paper.ballotsIssued}; số phiếu thu vào: ${input.paper.ballotsReturned}. ` +
                      'Kết quả theo biên bản kiểm phiếu (bản chụp lưu kèm phiên họp).',
                    { size: 14 },
                  ),
                ]),
              ]
            : []),
          grid(
            [
              'STT',
              'Cá nhân, tập thể được đề nghị',
              'Hình thức khen thưởng',
              'Đồng ý',
              'Không đồng ý',
              ...(input.paper ? ['Không hợp lệ'] : []),
              'Số phiếu cần đạt',
              'Kết quả',
            ],
            input.items.map((item, i) => [
              String(i + 1),
              item.displayName,
              item.awardLabel,
              item.agree === null ? 'Không công bố' : String(item.agree),
              item.disagree === null ? 'Không công bố' : String(item.disagree),
              ...(input.paper ? [item.invalid == null ? 'Không công bố' : String(item.invalid)] : []),
              String(item.required),
              item.passed ? 'Đạt' : 'Không đạt',
            ]),
            input.paper ? [0, 3, 4, 5, 6, 7] : [0, 3, 4, 5, 6],
          ),
          para(
            [
              run(
                `Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng (${input.memberCount} thành viên), kể cả phiếu bằng văn bản của thành viên vắng mặt. ` +
                  `Kết quả: ${passed}/${input.items.length} cá nhân, tập thể đạt số phiếu đề nghị khen thưởng.`,
                { italics: true, size: 13 },
              ),
            ],
            undefined,
            120,
          ),
          para(
            [run('Biên bản được lập xong ngay sau khi kết thúc phiên họp và thông qua trước Hội đồng.', { size: 14 })],
            undefined,
            120,
          ),
          signatureTable([
            { title: 'THƯ KÝ', name: input.secretaryName },
            { title: 'CHỦ TỊCH HỘI ĐỒNG', name: input.chairName },
          ]),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}

/** The minutes of a closed session the actor may see (not found otherwise), as a .docx and a file name. */
export async function sessionMinutes(actor: Actor, workspace: { path: string }, sessionId: string) {
  const { view, secretary } = await withTenant(actor.tenantId, async (tx) => {
    const view = await loadSessionView(tx, actor, workspace, sessionId, 'all')
    return {
      view,
      secretary: view.session.status === 'CLOSED' ? await closerOf(tx, actor.tenantId, view.session.id) : null,
    }
  })
  const { session, council } = view
  if (session.status !== 'CLOSED' || !session.closedAt)
    throw new DomainError('Phiên họp chưa kết thúc: biên bản có sau khi Thường trực Hội đồng kết thúc phiên họp.')
  const buffer = await minutesDocx({
    organizationName: council.organization.name,
    councilName: council.name,
    title: session.title,
    openedAt: session.openedAt,
    closedAt: session.closedAt,
    quorumPercent: council.quorumPercent,
    memberCount: session.memberCount,
    members: view.members,
    items: view.items.map((i) => ({
      displayName: i.displayName,
      awardLabel: i.awardLabel,
      agree: i.countsWithheld ? null : (i.agree ?? 0),
      disagree: i.countsWithheld ? null : (i.disagree ?? 0),
      invalid: i.countsWithheld ? null : (i.invalid ?? 0),
      required: i.required,
      passed: i.passed ?? false,
    })),
    chairName: view.members.find((m) => m.isChair)?.fullName ?? '',
    secretaryName: secretary?.fullName ?? '',
    paper: view.paperCount,
  })
  return { buffer, fileName: `bien-ban-${session.closedAt.toISOString().slice(0, 10)}-${session.id.slice(0, 8)}.docx` }
}
