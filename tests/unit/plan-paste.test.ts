// Rows pasted from Word or Excel (tab-separated) or a plain list become task rows: columns from the
// header or from what the cells hold; Vietnamese text, empty cells and Excel's quoted cells kept.
import { describe, expect, it } from 'vitest'
import { headerColumn, parsePastedTasks, pastedDate, splitClipboard } from '../../lib/plans/paste'

describe('splitClipboard', () => {
  it('splits cells on tabs and rows on line ends, keeps empty cells and drops empty rows', () => {
    expect(splitClipboard('a\tb\t\r\n\r\n\tc\td\n')).toEqual([
      ['a', 'b', ''],
      ['', 'c', 'd'],
    ])
  })

  it("reads Excel's quoted cells, which may hold a line break, a tab or a doubled quote", () => {
    const raw = '1\t"Tổ chức hội nghị\nsơ kết ""6 tháng"""\tQuý II\n2\tKý giao ước\tQuý I'
    expect(splitClipboard(raw)).toEqual([
      ['1', 'Tổ chức hội nghị sơ kết "6 tháng"', 'Quý II'],
      ['2', 'Ký giao ước', 'Quý I'],
    ])
  })

  it('keeps a quote inside a cell that is not quoted as a whole', () => {
    expect(splitClipboard('Phát động "Dân vận khéo" năm 2020\tQuý I')).toEqual([
      ['Phát động "Dân vận khéo" năm 2020', 'Quý I'],
    ])
  })

  it('brings decomposed Vietnamese (NFD) and non-breaking spaces to one form', () => {
    const nfd = 'Tổng kết'.normalize('NFD') + '\u00a0năm'
    expect(splitClipboard(nfd)).toEqual([['Tổng kết năm']])
  })
})

describe('headerColumn', () => {
  it.each([
    ['STT', 'index'],
    ['TT', 'index'],
    ['Nội dung công việc', 'text'],
    ['Nhiệm vụ', 'text'],
    ['Thời gian thực hiện', 'period'],
    ['Thời gian hoàn thành', 'due'],
    ['Hạn hoàn thành', 'due'],
    ['Đơn vị chủ trì', 'lead'],
    ['Cơ quan chủ trì', 'lead'],
    ['Đơn vị phối hợp', 'ignored'],
    ['Ghi chú', 'ignored'],
    ['Triển khai nhiệm vụ chuyển đổi số', null],
    ['Phòng Nội vụ', null],
  ] as const)('"%s" → %s', (cell, column) => {
    expect(headerColumn(cell)).toBe(column)
  })
})

describe('pastedDate', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd, refuses a day that does not exist', () => {
    expect(pastedDate('31/3/2020')).toBe('2020-03-31')
    expect(pastedDate('05.06.2020')).toBe('2020-06-05')
    expect(pastedDate('2020-12-01')).toBe('2020-12-01')
    expect(pastedDate('31/02/2020')).toBeNull()
    expect(pastedDate('Quý I')).toBeNull()
  })
})

describe('parsePastedTasks', () => {
  it('maps columns from the header of a Word table, in any order, with empty cells', () => {
    const raw = [
      'STT\tThời gian thực hiện\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tHạn hoàn thành',
      '1\tQuý I\tTổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019\tPhòng Nội vụ\tCác xã\t31/3/2020',
      '2\t\tPhát động phong trào "Đồng Nai chung sức xây dựng nông thôn mới"\t\t\t',
      '3\tQuý III và IV\tĐăng ký thi đua năm 2021\tVăn phòng HĐND và UBND\t\t',
    ].join('\r\n')
    const table = parsePastedTasks(raw)
    expect(table.hasHeader).toBe(true)
    expect(table.columns).toEqual(['index', 'period', 'text', 'lead', 'ignored', 'due'])
    expect(table.rows).toEqual([
      {
        row: 1,
        text: 'Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019',
        period: 'Quý I',
        lead: 'Phòng Nội vụ',
        due: '31/3/2020',
      },
      {
        row: 2,
        text: 'Phát động phong trào "Đồng Nai chung sức xây dựng nông thôn mới"',
        period: null,
        lead: null,
        due: null,
      },
      { row: 3, text: 'Đăng ký thi đua năm 2021', period: 'Quý III và IV', lead: 'Văn phòng HĐND và UBND', due: null },
    ])
  })

  it('without a header, tells the columns by what the cells hold', () => {
    const raw = [
      '1.\tSơ kết 6 tháng đầu năm 2020\tQuý II\tPhòng Nội vụ\t30/6/2020',
      '2.\tTổng kết công tác thi đua, khen thưởng năm 2020 và đề nghị khen thưởng\tQuý IV\t\t15/12/2020',
    ].join('\n')
    const table = parsePastedTasks(raw)
    expect(table.hasHeader).toBe(false)
    expect(table.columns).toEqual(['index', 'text', 'period', 'lead', 'due'])
    expect(table.rows.map((r) => [r.text, r.period, r.lead, r.due])).toEqual([
      ['Sơ kết 6 tháng đầu năm 2020', 'Quý II', 'Phòng Nội vụ', '30/6/2020'],
      ['Tổng kết công tác thi đua, khen thưởng năm 2020 và đề nghị khen thưởng', 'Quý IV', null, '15/12/2020'],
    ])
  })

  it('reads a plain list, one task per line, dropping bullets and numbering', () => {
    const table = parsePastedTasks(
      '- Ký kết giao ước thi đua\n\n+ Hướng dẫn đăng ký thi đua\n3. Kiểm tra chéo giữa các khối',
    )
    expect(table.columns).toEqual(['text'])
    expect(table.rows.map((r) => r.text)).toEqual([
      'Ký kết giao ước thi đua',
      'Hướng dẫn đăng ký thi đua',
      'Kiểm tra chéo giữa các khối',
    ])
  })

  it('keeps a row whose text cell is empty, for the preview to point at', () => {
    const table = parsePastedTasks('Nội dung\tThời gian\n\tQuý I\nKý giao ước\tQuý I')
    expect(table.rows).toEqual([
      { row: 1, text: '', period: 'Quý I', lead: null, due: null },
      { row: 2, text: 'Ký giao ước', period: 'Quý I', lead: null, due: null },
    ])
  })

  it('does not take a first task that mentions "nhiệm vụ" for a header', () => {
    const table = parsePastedTasks('Triển khai nhiệm vụ chuyển đổi số\tQuý I\nSơ kết\tQuý II')
    expect(table.hasHeader).toBe(false)
    expect(table.rows).toHaveLength(2)
  })

  it('answers nothing for empty text', () => {
    expect(parsePastedTasks(' \n\t\n').rows).toEqual([])
  })
})
