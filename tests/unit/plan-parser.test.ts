import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePlanText, type ParsedPlan } from '../../lib/plans/parse-plan'

// The three seeds (tests/fixtures/plans/seeds) are real plans pasted from official documents; the fixtures are synthetic plans
// that vary the format (xã, sở, trường, hội; tabs, spaces or markdown tables for the columns;
// quarters as "a)", "-", "+" or unnumbered lines; CRLF, decomposed Unicode, missing parts).
const seedsDir = path.resolve(__dirname, '../fixtures/plans/seeds')
const fixturesDir = path.resolve(__dirname, '../fixtures/plans')
const repoRoot = path.resolve(__dirname, '../..')

function readSeed(prefix: string): string {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(prefix))
  if (!file) throw new Error(`seed ${prefix} not found in ${seedsDir}`)
  return readFileSync(path.join(seedsDir, file), 'utf8')
}

function readFixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8')
}

/** A minimal plan around a section II body, to test one rule at a time. */
function planWithContent(content: string): ParsedPlan {
  return parsePlanText(`KẾ HOẠCH\nThi đua năm 2021\n\nII. NỘI DUNG\n${content}\n`)
}

const summary = (plan: ParsedPlan) =>
  plan.periods.map(({ label, quarters, from, to, tasks }) => ({ label, quarters, from, to, tasks: tasks.length }))

describe('seed 001 — UBND huyện Mai Sơn, kế hoạch năm 2020 (quarters "2.1. Quý I/2020")', () => {
  const plan = parsePlanText(readSeed('001_'))

  it('reads the header fields that are printed, and leaves the missing issuer null', () => {
    expect(plan.documentNumber).toBe('55/KH-UBND')
    expect(plan.issuer).toBeNull()
    expect(plan.parentIssuer).toBeNull()
    expect(plan.place).toBe('Mai Sơn')
    expect(plan.issuedOn).toBe('2020-02-26')
    expect(plan.title).toBe('Công tác thi đua, khen thưởng năm 2020')
    expect(plan.year).toBe(2020)
  })

  it('keeps the legal basis and not the announcing paragraph', () => {
    expect(plan.legalBases).toEqual(expected001.legalBases)
  })

  it('reads purposes (bullets) and requirements (a plain paragraph)', () => {
    expect(plan.purposes).toEqual(expected001.purposes)
    expect(plan.requirements).toEqual(expected001.requirements)
  })

  it('reads the focus tasks, joining the task that continues in a lower-case paragraph', () => {
    expect(plan.focusTasks).toHaveLength(5)
    expect(plan.focusTasks[1]).toContain('Không để ai bị bỏ lại phía sau”, phong trào “Doanh nghiệp Sơn la')
    expect(plan.focusTasks[1]).toContain('(Quyết định số 1511/QĐ-UBND')
    expect(plan.focusTasks).toEqual(expected001.focusTasks)
  })

  it('reads the four quarters with every task in order', () => {
    expect(summary(plan)).toEqual([
      { label: 'Quý I/2020', quarters: [1], from: null, to: null, tasks: 7 },
      { label: 'Quý II/2020', quarters: [2], from: null, to: null, tasks: 7 },
      { label: 'Quý III/2020', quarters: [3], from: null, to: null, tasks: 5 },
      { label: 'Quý IV/2020', quarters: [4], from: null, to: null, tasks: 7 },
    ])
    expect(plan.periods).toEqual(expected001.periods)
  })

  it('reads the three implementation units and leaves out the closing paragraph', () => {
    expect(plan.implementation.map((unit) => [unit.unit, unit.duties.length])).toEqual([
      ['Thành viên Hội đồng Thi đua, khen thưởng huyện', 3],
      ['Phòng Nội vụ (Cơ quan Thường trực Thi đua, khen thưởng huyện)', 5],
      ['Thủ trưởng các cơ quan, đơn vị, đoàn thể huyện, Chủ tịch UBND các xã, thị trấn', 2],
    ])
    expect(JSON.stringify(plan.implementation)).not.toContain('Trên cơ sở Kế hoạch')
    expect(plan.implementation).toEqual(expected001.implementation)
  })

  it('reads the recipients, skips the "B/c" note, and reads the signature block', () => {
    expect(plan.recipients).toEqual(expected001.recipients)
    expect(plan.signer).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Vũ Tiến Đĩnh' })
  })

  it('matches the whole expected draft', () => {
    expect(plan).toEqual(expected001)
  })
})

describe('seed 003 — Ban Quản lý các KCN Đồng Nai (no header, "Quý I và II", unit named inside the duty)', () => {
  const plan = parsePlanText(readSeed('003_'))

  it('has no header: number, issuer, place and date are null; the year comes from the title', () => {
    expect(plan.documentNumber).toBeNull()
    expect(plan.issuer).toBeNull()
    expect(plan.parentIssuer).toBeNull()
    expect(plan.place).toBeNull()
    expect(plan.issuedOn).toBeNull()
    expect(plan.title).toBe('Thực hiện công tác thi đua, khen thưởng năm 2020')
    expect(plan.year).toBe(2020)
  })

  it('cuts the plan announcement off the legal basis paragraph', () => {
    expect(plan.legalBases).toEqual(expected003.legalBases)
  })

  it('reads purposes and requirements', () => {
    expect(plan.purposes).toEqual(expected003.purposes)
    expect(plan.requirements).toEqual(expected003.requirements)
  })

  it('reads the periods "Quý I và II", "Quý III", "Quý IV" with every task', () => {
    expect(plan.focusTasks).toEqual([])
    expect(summary(plan)).toEqual([
      { label: 'Quý I và II', quarters: [1, 2], from: null, to: null, tasks: 12 },
      { label: 'Quý III', quarters: [3], from: null, to: null, tasks: 3 },
      { label: 'Quý IV', quarters: [4], from: null, to: null, tasks: 3 },
    ])
    expect(plan.periods).toEqual(expected003.periods)
  })

  it('finds the unit named after "Giao" / "Yêu cầu" and joins the duty that wraps over a blank line', () => {
    expect(plan.implementation.map((unit) => unit.unit)).toEqual(['Văn phòng', 'Các bộ phận, đơn vị trực thuộc'])
    expect(plan.implementation[1].duties[0]).toContain('góp phần thực hiện hoàn thành các chỉ tiêu')
    expect(plan.implementation).toEqual(expected003.implementation)
  })

  it('reads the recipients and a signature with a position only', () => {
    expect(plan.recipients).toEqual(['Ban Thi đua khen thưởng tỉnh', 'Lưu: VT, TĐKT'])
    expect(plan.signer).toEqual({ authority: null, position: 'TRƯỞNG BAN', name: null })
  })

  it('matches the whole expected draft', () => {
    expect(plan).toEqual(expected003)
  })
})

describe('seed 004 — UBND huyện Cẩm Mỹ, special campaign (one time window, "a." items)', () => {
  const plan = parsePlanText(readSeed('004_'))

  it('reads the number without markdown and spaces, the place and the date', () => {
    expect(plan.documentNumber).toBe('108/KH-UBND')
    expect(plan.issuer).toBeNull()
    expect(plan.parentIssuer).toBeNull()
    expect(plan.place).toBe('Cẩm Mỹ')
    expect(plan.issuedOn).toBe('2020-05-26')
    expect(plan.title).toBe(expected004.title)
    expect(plan.year).toBe(2020)
  })

  it('keeps only the "Thực hiện" paragraph as legal basis', () => {
    expect(plan.legalBases).toEqual(expected004.legalBases)
  })

  it('reads a combined "MỤC ĐÍCH, YÊU CẦU" section without sub-headings as purposes', () => {
    expect(plan.purposes).toHaveLength(3)
    expect(plan.purposes).toEqual(expected004.purposes)
    expect(plan.requirements).toEqual([])
  })

  it('makes the campaign window one period whose tasks are the content items a.–đ.', () => {
    expect(plan.focusTasks).toEqual([])
    expect(summary(plan)).toEqual([
      {
        label: 'Từ nay đến khi kết thúc Đại hội Đảng bộ tỉnh Đồng Nai lần thứ XI',
        quarters: [],
        from: null,
        to: null,
        tasks: 5,
      },
    ])
    expect(plan.periods[0].tasks[0]).toMatch(
      /^Thi đua trên tất cả các lĩnh vực.*Tiếp tục thực hiện.*Tập trung đẩy mạnh/,
    )
    expect(plan.periods).toEqual(expected004.periods)
  })

  it('reads units, stripping the directive verbs "Đề nghị", "yêu cầu", "Giao" from their names', () => {
    expect(plan.implementation.map((unit) => unit.unit)).toEqual([
      'Các cơ quan, đơn vị, địa phương trên địa bàn huyện',
      'Ban Tuyên giáo Huyện ủy, Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Phòng Văn hóa và Thông tin huyện, Trung tâm Văn hóa – Thông tin và Thể thao huyện',
      'Phòng Nội vụ (Thường trực Hội đồng Thi đua – Khen thưởng huyện)',
    ])
    expect(plan.implementation).toEqual(expected004.implementation)
  })

  it('reads the ten recipients and the signature', () => {
    expect(plan.recipients).toEqual(expected004.recipients)
    expect(plan.signer).toEqual({ authority: null, position: 'CHỦ TỊCH', name: 'Trần Văn Chiến' })
  })

  it('matches the whole expected draft', () => {
    expect(plan).toEqual(expected004)
  })
})

describe('seeds are read the same whatever the encoding of the paste', () => {
  for (const prefix of ['001_', '003_', '004_']) {
    const text = readSeed(prefix)
    const reference = parsePlanText(text)
    it(`seed ${prefix}: decomposed Unicode, CRLF, CR and non-breaking spaces change nothing`, () => {
      expect(parsePlanText(text.normalize('NFD'))).toEqual(reference)
      expect(parsePlanText(text.replace(/\n/g, '\r\n'))).toEqual(reference)
      expect(parsePlanText(text.replace(/\n/g, '\r'))).toEqual(reference)
      expect(parsePlanText(text.replace(/ (?=[A-ZĐ])/g, '\u00a0'))).toEqual(reference)
    })
  }
})

describe('xã plan: tab-separated two-column header and interleaved signature', () => {
  const plan = parsePlanText(readFixture('xa-chieng-mung.txt'))

  it('reads parent and issuing body (wrapped over two lines), number, place, date, multi-line title', () => {
    expect(plan.parentIssuer).toBe('UBND HUYỆN MAI SƠN')
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN XÃ CHIỀNG MUNG')
    expect(plan.documentNumber).toBe('07/KH-UBND')
    expect(plan.place).toBe('Chiềng Mung')
    expect(plan.issuedOn).toBe('2021-01-10')
    expect(plan.title).toBe('Thi đua, khen thưởng năm 2021 của Ủy ban nhân dân xã Chiềng Mung')
    expect(plan.year).toBe(2021)
  })

  it('reads every "Căn cứ" / "Thực hiện" basis without its list separator', () => {
    expect(plan.legalBases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng năm 2013',
      'Thực hiện Kế hoạch số 55/KH-UBND ngày 26/02/2021 của UBND huyện Mai Sơn về công tác thi đua, khen thưởng năm 2021',
    ])
  })

  it('routes "1. Mục đích" and "2. Yêu cầu" items', () => {
    expect(plan.purposes).toEqual([
      'Động viên cán bộ, công chức và Nhân dân trong xã thi đua hoàn thành các chỉ tiêu kinh tế - xã hội năm 2021',
      'Kịp thời phát hiện, biểu dương các điển hình tiên tiến.',
    ])
    expect(plan.requirements).toEqual([
      'Phong trào thi đua phải thiết thực, tránh hình thức',
      'Khen thưởng đúng người, đúng thành tích, kịp thời.',
    ])
  })

  it('appends "+" sub-items to the focus task that introduces them', () => {
    expect(plan.focusTasks).toEqual([
      'Phát động phong trào thi đua “Chung sức xây dựng nông thôn mới” gắn với các tiêu chí: Giao thông nông thôn; Vệ sinh môi trường.',
      'Tuyên truyền Luật Thi đua, khen thưởng đến các bản.',
    ])
  })

  it('reads "- Quý I và II:" and "- Quý III, IV:" with their "+" tasks', () => {
    expect(plan.periods).toEqual([
      {
        label: 'Quý I và II',
        quarters: [1, 2],
        from: null,
        to: null,
        tasks: [
          'Tổ chức Hội nghị tổng kết năm 2020',
          'Ký kết giao ước thi đua giữa các bản',
          'Sơ kết 6 tháng đầu năm.',
        ],
      },
      {
        label: 'Quý III, IV',
        quarters: [3, 4],
        from: null,
        to: null,
        tasks: ['Kiểm tra việc thực hiện phong trào thi đua ở các bản', 'Tổng kết, bình xét thi đua năm 2021.'],
      },
    ])
  })

  it('reads units with bullet duties and with a plain-paragraph duty; the "./" closing is not a duty', () => {
    expect(plan.implementation).toEqual([
      {
        unit: 'Công chức Văn hóa - Xã hội',
        duties: ['Tham mưu UBND xã triển khai Kế hoạch này', 'Tổng hợp báo cáo kết quả 6 tháng, cả năm.'],
      },
      {
        unit: 'Trưởng các bản',
        duties: ['Tổ chức phát động thi đua tại bản, gửi đăng ký thi đua về UBND xã trước ngày 15/3/2021.'],
      },
    ])
  })

  it('separates recipients from the signature printed beside them, skipping "(Đã ký)"', () => {
    expect(plan.recipients).toEqual(['UBND huyện (b/c)', 'Đảng ủy, HĐND xã', 'Các bản', 'Lưu: VP'])
    expect(plan.signer).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Lò Văn Thắng',
    })
  })
})

describe('sở plan: space-separated columns, one heading per section, "a)" period headings', () => {
  const plan = parsePlanText(readFixture('so-noi-vu.txt'))

  it('reads the header and a title whose year wraps onto the next line', () => {
    expect(plan).toMatchObject({
      documentNumber: '12/KH-SNV',
      issuer: 'SỞ NỘI VỤ',
      parentIssuer: 'UBND TỈNH SƠN LA',
      place: 'Sơn La',
      issuedOn: '2021-01-05',
      title: 'Công tác thi đua, khen thưởng của Sở Nội vụ năm 2021',
      year: 2021,
    })
  })

  it('reads three bases and separate "I. MỤC ĐÍCH" / "II. YÊU CẦU" sections', () => {
    expect(plan.legalBases).toHaveLength(3)
    expect(plan.legalBases[2]).toBe('Thực hiện Kế hoạch số 03/KH-UBND ngày 04/01/2021 của UBND tỉnh Sơn La')
    expect(plan.purposes).toEqual(['Đẩy mạnh phong trào thi đua yêu nước trong toàn ngành Nội vụ.'])
    expect(plan.requirements).toEqual([
      'Các phòng, đơn vị thuộc Sở xây dựng kế hoạch cụ thể, đăng ký thi đua đúng thời hạn.',
    ])
  })

  it('reads numbered sentences under "NHIỆM VỤ TRỌNG TÂM" as focus tasks', () => {
    expect(plan.focusTasks).toEqual([
      'Đổi mới công tác thi đua, khen thưởng theo Luật Thi đua, khen thưởng năm 2022.',
      'Nâng cao chất lượng thẩm định hồ sơ khen thưởng.',
    ])
  })

  it('reads "a) Quý I", "b) 6 tháng cuối năm", "c) Thường xuyên"', () => {
    expect(plan.periods).toEqual([
      {
        label: 'Quý I',
        quarters: [1],
        from: null,
        to: null,
        tasks: ['Ban hành Kế hoạch thi đua năm 2021', 'Tổ chức ký kết giao ước thi đua.'],
      },
      {
        label: '6 tháng cuối năm',
        quarters: [3, 4],
        from: null,
        to: null,
        tasks: ['Sơ kết, đánh giá phong trào thi đua.'],
      },
      {
        label: 'Thường xuyên',
        quarters: [1, 2, 3, 4],
        from: null,
        to: null,
        tasks: ['Theo dõi, kiểm tra việc thực hiện.'],
      },
    ])
  })

  it('reads "Unit: duty" items and an item whose subject is the unit', () => {
    expect(plan.implementation).toEqual([
      { unit: 'Phòng Tổ chức - Hành chính', duties: ['Chủ trì, tham mưu Giám đốc Sở triển khai Kế hoạch'] },
      { unit: 'Văn phòng Sở', duties: ['Bảo đảm kinh phí khen thưởng'] },
      {
        unit: 'Trưởng các phòng, đơn vị thuộc Sở',
        duties: ['Trưởng các phòng, đơn vị thuộc Sở có trách nhiệm triển khai tới công chức, viên chức.'],
      },
    ])
  })

  it('does not take "(Ký, ghi rõ họ tên)" as the name', () => {
    expect(plan.recipients).toEqual(['UBND tỉnh (b/c)', 'Ban TĐKT tỉnh', 'Lưu: VT, TCHC'])
    expect(plan.signer).toEqual({ authority: null, position: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hoa' })
  })
})

describe('trường plan with CRLF line ends: no number, no signature, unnumbered headings', () => {
  const plan = parsePlanText(readFixture('truong-khong-chu-ky.txt').replace(/\r?\n/g, '\r\n'))

  it('returns null for the number left blank and for the day left blank, but keeps the place', () => {
    expect(plan.documentNumber).toBeNull()
    expect(plan.issuedOn).toBeNull()
    expect(plan.place).toBe('Chiềng Sung')
    expect(plan.issuer).toBe('TRƯỜNG THCS CHIỀNG SUNG')
    expect(plan.parentIssuer).toBe('PHÒNG GD&ĐT HUYỆN MAI SƠN')
  })

  it('takes the year of a school-year title', () => {
    expect(plan.title).toBe('Thi đua, khen thưởng năm học 2021-2022')
    expect(plan.year).toBe(2021)
  })

  it('reads unnumbered "Mục đích" / "Yêu cầu" headings', () => {
    expect(plan.legalBases).toEqual([
      'Căn cứ Hướng dẫn số 101/HD-PGDĐT ngày 05/9/2021 của Phòng Giáo dục và Đào tạo huyện Mai Sơn',
    ])
    expect(plan.purposes).toEqual(['Tạo động lực thi đua dạy tốt, học tốt trong toàn trường.'])
    expect(plan.requirements).toEqual(['Thi đua gắn với nhiệm vụ năm học.'])
  })

  it('reads "Quy I" typed without accents and a dated "Đợt 2" window, with en-dash bullets', () => {
    expect(plan.periods).toEqual([
      {
        label: 'Quy I',
        quarters: [1],
        from: null,
        to: null,
        tasks: ['Phát động thi đua đầu năm học', 'Đăng ký danh hiệu thi đua.'],
      },
      {
        label: 'Đợt 2: từ ngày 01/3/2022 đến ngày 30/4/2022',
        quarters: [],
        from: '2022-03-01',
        to: '2022-04-30',
        tasks: ['Thi đua chào mừng ngày 30/4 và 1/5.'],
      },
    ])
  })

  it('finds the units named in the duties', () => {
    expect(plan.implementation.map((unit) => unit.unit)).toEqual(['Công đoàn trường', 'Các tổ chuyên môn'])
  })

  it('has no recipients and no signer', () => {
    expect(plan.recipients).toEqual([])
    expect(plan.signer).toBeNull()
  })
})

describe('hội plan: markdown table header, bold/italic markdown, a campaign with a dated window', () => {
  const text = readFixture('hoi-ccb-dot-thi-dua.txt')
  const plan = parsePlanText(text)

  it('reads the header from a markdown table', () => {
    expect(plan).toMatchObject({
      documentNumber: '15-KH/CCB',
      issuer: 'HỘI CỰU CHIẾN BINH TỈNH SƠN LA',
      parentIssuer: 'HỘI CỰU CHIẾN BINH VIỆT NAM',
      place: 'Sơn La',
      issuedOn: '2020-02-20',
      title: 'Phát động đợt thi đua cao điểm chào mừng Đại hội Hội Cựu chiến binh các cấp',
    })
  })

  it('takes the year from the issue date when the title has none', () => {
    expect(plan.year).toBe(2020)
  })

  it('makes "Thời gian thực hiện: từ ngày … đến ngày …" the single period of the content items', () => {
    expect(plan.focusTasks).toEqual([])
    expect(plan.periods).toEqual([
      {
        label: 'Từ ngày 01/3/2020 đến ngày 30/6/2020',
        quarters: [],
        from: '2020-03-01',
        to: '2020-06-30',
        tasks: ['Thi đua xây dựng tổ chức Hội trong sạch, vững mạnh', 'Thi đua giúp nhau phát triển kinh tế.'],
      },
    ])
  })

  it('reads a numbered "Unit: duty" item and a numbered item whose subject is the unit', () => {
    expect(plan.implementation).toEqual([
      {
        unit: 'Hội Cựu chiến binh các huyện, thành phố',
        duties: ['Xây dựng kế hoạch hưởng ứng, báo cáo kết quả về Tỉnh hội trước ngày 15/7/2020.'],
      },
      { unit: 'Văn phòng Tỉnh hội', duties: ['Văn phòng Tỉnh hội theo dõi, tổng hợp, đề xuất khen thưởng.'] },
    ])
  })

  it('joins an authority printed over two lines', () => {
    expect(plan.recipients).toEqual(['TW Hội CCB Việt Nam (để b/c)', 'Các huyện, thành hội', 'Lưu: VP'])
    expect(plan.signer).toEqual({
      authority: 'TM. BAN CHẤP HÀNH HỘI CỰU CHIẾN BINH TỈNH',
      position: 'CHỦ TỊCH',
      name: 'Nguyễn Văn Bình',
    })
  })

  it('reads the same text in decomposed Unicode with non-breaking spaces', () => {
    const mangled = text.normalize('NFD').replace(/ (?=\p{Ll})/gu, '\u00a0')
    expect(parsePlanText(mangled)).toEqual(plan)
  })
})

describe('tỉnh plan: decimal sections "1. MỤC ĐÍCH, YÊU CẦU", "3. THỜI GIAN THỰC HIỆN" with quarters, Q. signature', () => {
  const plan = parsePlanText(readFixture('tinh-dong-nai.txt'))

  it('reads an issuing body printed over two lines, without parent', () => {
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI')
    expect(plan.parentIssuer).toBeNull()
    expect(plan.title).toBe('CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2020')
    expect(plan.legalBases).toEqual([
      'Căn cứ Luật Thi đua, Khen thưởng ngày 26/11/2003',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ',
    ])
  })

  it('reads "a) Mục đích:" with items below and "b) Yêu cầu: …" with its item inline', () => {
    expect(plan.purposes).toEqual(['Động viên.'])
    expect(plan.requirements).toEqual(['Khen thưởng kịp thời, chính xác.'])
  })

  it('reads items of "NHIỆM VỤ, GIẢI PHÁP" sub-headings as focus tasks', () => {
    expect(plan.focusTasks).toEqual(['Tuyên truyền A.', 'Khen thưởng B', 'Khen thưởng C.'])
  })

  it('reads quarters listed under a "THỜI GIAN THỰC HIỆN" heading', () => {
    expect(plan.periods).toEqual([
      { label: 'Quý I năm 2020', quarters: [1], from: null, to: null, tasks: ['Tổ chức hội nghị; phát động thi đua.'] },
      { label: 'Quý II - IV', quarters: [2, 3, 4], from: null, to: null, tasks: ['Thực hiện các phong trào.'] },
    ])
  })

  it('reads "4.1." / "4.2." units and a "- Sở Tài chính:" bullet whose duties are "+" items', () => {
    expect(plan.implementation).toEqual([
      {
        unit: 'Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)',
        duties: ['Tham mưu UBND tỉnh triển khai Kế hoạch.', 'Hướng dẫn, kiểm tra.'],
      },
      {
        unit: 'Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố',
        duties: ['Xây dựng kế hoạch', 'Báo cáo kết quả.'],
      },
      { unit: 'Sở Tài chính', duties: ['Bố trí kinh phí', 'Hướng dẫn thanh quyết toán.'] },
    ])
  })

  it('reads a "Q." signature and skips "[đã ký]"', () => {
    expect(plan.recipients).toEqual([
      'Bộ Nội vụ',
      'Ban TĐKT Trung ương',
      'Thường trực Tỉnh ủy, HĐND tỉnh',
      'Lưu: VT, KGVX',
    ])
    expect(plan.signer).toEqual({
      authority: 'Q. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
      name: 'Trần Văn Vĩnh',
    })
  })
})

describe('a plan typed without any accents', () => {
  const plan = parsePlanText(
    [
      'UBND HUYEN MAI SON',
      'So: 12/KH-UBND',
      'Mai Son, ngay 05 thang 3 nam 2021',
      'KE HOACH',
      'Thi dua khen thuong nam 2021',
      'Can cu Luat Thi dua, khen thuong;',
      'I. MUC DICH, YEU CAU',
      '1. Muc dich',
      '- Dong vien.',
      '2. Yeu cau',
      '- Kip thoi.',
      'II. NOI DUNG',
      '1. Nhiem vu trong tam',
      '- Viec A.',
      '2. Nhiem vu cu the',
      '- Quy I: Viec B.',
      '- 6 thang cuoi nam: Viec C.',
      'III. TO CHUC THUC HIEN',
      '1. Phong Noi vu',
      '- Tham muu.',
      'Noi nhan:',
      '- Nhu tren;',
      '- Luu: VT.',
      'TM. UY BAN NHAN DAN',
      'CHU TICH',
      'Nguyen Van A',
    ].join('\n'),
  )

  it('still finds every part', () => {
    expect(plan).toEqual({
      documentNumber: '12/KH-UBND',
      issuer: 'UBND HUYEN MAI SON',
      parentIssuer: null,
      place: 'Mai Son',
      issuedOn: '2021-03-05',
      title: 'Thi dua khen thuong nam 2021',
      year: 2021,
      legalBases: ['Can cu Luat Thi dua, khen thuong'],
      purposes: ['Dong vien.'],
      requirements: ['Kip thoi.'],
      focusTasks: ['Viec A.'],
      periods: [
        { label: 'Quy I', quarters: [1], from: null, to: null, tasks: ['Viec B.'] },
        { label: '6 thang cuoi nam', quarters: [3, 4], from: null, to: null, tasks: ['Viec C.'] },
      ],
      implementation: [{ unit: 'Phong Noi vu', duties: ['Tham muu.'] }],
      recipients: ['Nhu tren', 'Luu: VT'],
      signer: { authority: 'TM. UY BAN NHAN DAN', position: 'CHU TICH', name: 'Nguyen Van A' },
    })
  })
})

describe('period labels', () => {
  const cases: Array<[string, number[], string | null, string | null]> = [
    ['Quý I', [1], null, null],
    ['Quý I và II', [1, 2], null, null],
    ['Quý III, IV', [3, 4], null, null],
    ['Quý II, III', [2, 3], null, null],
    ['Quý I và Quý II năm 2021', [1, 2], null, null],
    ['Quý I - III', [1, 2, 3], null, null],
    ['Quý 2', [2], null, null],
    ['QUÝ IV/2021', [4], null, null],
    ['Quy II', [2], null, null],
    ['Quý I (từ tháng 01 đến tháng 3)', [1], null, null],
    ['6 tháng đầu năm', [1, 2], null, null],
    ['Sáu tháng cuối năm 2021', [3, 4], null, null],
    ['Cả năm', [1, 2, 3, 4], null, null],
    ['Trong năm', [1, 2, 3, 4], null, null],
    ['Nhiệm vụ thường xuyên', [1, 2, 3, 4], null, null],
    ['Tháng 3', [1], null, null],
    ['Từ ngày 01/3/2021 đến ngày 30/6/2021', [], '2021-03-01', '2021-06-30'],
    ['Từ ngày 01/3 đến ngày 30/6/2021', [], '2021-03-01', '2021-06-30'],
    ['Từ ngày 15 tháng 4 đến ngày 31 tháng 5 năm 2021', [], '2021-04-15', '2021-05-31'],
    ['Từ tháng 7 đến hết tháng 9/2021', [], '2021-07-01', '2021-09-30'],
  ]
  for (const [label, quarters, from, to] of cases) {
    it(`"${label}" → quarters [${quarters}]${from ? ` ${from}…${to}` : ''}`, () => {
      const plan = planWithContent(`2. Nhiệm vụ cụ thể\n2.1. ${label}\n- Việc thứ nhất.`)
      expect(plan.periods).toEqual([{ label, quarters, from, to, tasks: ['Việc thứ nhất.'] }])
    })
  }

  it('does not take a sentence that mentions a quarter for a label', () => {
    const plan = planWithContent(
      '1. Nhiệm vụ trọng tâm\n- Trong quý I, tổ chức Hội nghị tổng kết.\n- Quý II tổ chức sơ kết.',
    )
    expect(plan.periods).toEqual([])
    expect(plan.focusTasks).toEqual(['Trong quý I, tổ chức Hội nghị tổng kết.', 'Quý II tổ chức sơ kết.'])
  })
})

describe('schedule layouts', () => {
  it('reads unnumbered quarter lines, inline tasks after a colon, and "a)" task items', () => {
    const plan = planWithContent(
      [
        '2. Nhiệm vụ cụ thể',
        'Quý I:',
        '- Việc 1;',
        '- Việc 2.',
        'Quý II: Việc 3.',
        'Quý III',
        'a) Việc 4.',
        'b) Việc 5.',
      ].join('\n'),
    )
    expect(plan.periods.map((p) => [p.label, p.quarters, p.tasks])).toEqual([
      ['Quý I', [1], ['Việc 1', 'Việc 2.']],
      ['Quý II', [2], ['Việc 3.']],
      ['Quý III', [3], ['Việc 4.', 'Việc 5.']],
    ])
  })

  it('gives a bare "- Quý I:" the bullets of the same level that follow it', () => {
    const plan = planWithContent('- Quý I:\n- Việc 1;\n- Việc 2;\n- Quý II:\n- Việc 3.')
    expect(plan.periods.map((p) => [p.label, p.tasks])).toEqual([
      ['Quý I', ['Việc 1', 'Việc 2']],
      ['Quý II', ['Việc 3.']],
    ])
  })

  it('reads "+" task bullets directly under numbered quarters', () => {
    const plan = planWithContent('1. Quý I và II\n+ Việc 1;\n+ Việc 2.\n2. Quý III, IV\n+ Việc 3.')
    expect(plan.periods.map((p) => [p.quarters, p.tasks])).toEqual([
      [
        [1, 2],
        ['Việc 1', 'Việc 2.'],
      ],
      [[3, 4], ['Việc 3.']],
    ])
  })

  it('keeps focus tasks separate from the quarters in a quarterly plan', () => {
    const plan = planWithContent('1. Nhiệm vụ trọng tâm\n- Trọng tâm A.\n2. Nhiệm vụ cụ thể\n2.1. Quý I\n- Việc 1.')
    expect(plan.focusTasks).toEqual(['Trọng tâm A.'])
    expect(plan.periods.map((p) => p.label)).toEqual(['Quý I'])
  })

  it('keeps explicit focus tasks out of a campaign window', () => {
    const plan = planWithContent(
      '1. Nhiệm vụ trọng tâm\n- Trọng tâm A.\n2. Nội dung thi đua\n- Nội dung B.\n3. Thời gian: từ ngày 01/9/2021 đến ngày 31/12/2021.',
    )
    expect(plan.focusTasks).toEqual(['Trọng tâm A.'])
    expect(plan.periods).toEqual([
      {
        label: 'Từ ngày 01/9/2021 đến ngày 31/12/2021',
        quarters: [],
        from: '2021-09-01',
        to: '2021-12-31',
        tasks: ['Nội dung B.'],
      },
    ])
  })
})

describe('implementation items', () => {
  const unitsOf = (section: string) =>
    parsePlanText(`KẾ HOẠCH\nThi đua năm 2021\nIII. TỔ CHỨC THỰC HIỆN\n${section}`).implementation

  it('groups items that name no unit under unit "" instead of inventing one; "Tổ chức…" is a verb, not "Tổ"', () => {
    expect(
      unitsOf(
        [
          '- Tổ chức triển khai thực hiện kế hoạch này.',
          '- Báo cáo kết quả thực hiện về UBND huyện.',
          '- Tổ công tác tổng hợp, báo cáo.',
          '- Đối với các trường học: đăng ký thi đua trước ngày 30/9.',
        ].join('\n'),
      ),
    ).toEqual([
      { unit: '', duties: ['Tổ chức triển khai thực hiện kế hoạch này.', 'Báo cáo kết quả thực hiện về UBND huyện.'] },
      { unit: 'Tổ công tác', duties: ['Tổ công tác tổng hợp, báo cáo.'] },
      { unit: 'Các trường học', duties: ['Đăng ký thi đua trước ngày 30/9.'] },
    ])
  })

  it('merges the duties of a unit named twice', () => {
    expect(unitsOf('- Giao Phòng Nội vụ chủ trì.\n- Giao Phòng Nội vụ tổng hợp kết quả.')).toEqual([
      { unit: 'Phòng Nội vụ', duties: ['Giao Phòng Nội vụ chủ trì.', 'Giao Phòng Nội vụ tổng hợp kết quả.'] },
    ])
  })
})

describe('header and signature variants', () => {
  it('reads a header flattened with single spaces (motto glued to the agency names)', () => {
    const plan = parsePlanText(
      [
        'ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
        'Số: 55/KH-SGDĐT Sơn La, ngày 26 tháng 02 năm 2020',
        'KẾ HOẠCH',
        'Thi đua năm 2020',
      ].join('\n'),
    )
    expect(plan).toMatchObject({
      parentIssuer: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      issuer: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      documentNumber: '55/KH-SGDĐT',
      place: 'Sơn La',
      issuedOn: '2020-02-26',
    })
  })

  it('returns null for a missing number and for a date that does not exist', () => {
    const plan = parsePlanText('UBND XÃ A\nXã A, ngày 31 tháng 02 năm 2021\n\nKẾ HOẠCH\nThi đua')
    expect(plan.documentNumber).toBeNull()
    expect(plan.issuedOn).toBeNull()
    expect(plan.place).toBe('Xã A')
    expect(plan.issuer).toBe('UBND XÃ A')
    expect(plan.parentIssuer).toBeNull()
    expect(plan.year).toBeNull()
  })

  it('splits a signature glued onto recipient lines by single-space flattening', () => {
    const plan = parsePlanText(
      [
        'KẾ HOẠCH',
        'Thi đua năm 2020',
        'I. TỔ CHỨC THỰC HIỆN',
        '- Phòng Nội vụ chủ trì.',
        'Nơi nhận: TM. ỦY BAN NHÂN DÂN',
        '- Như trên; CHỦ TỊCH',
        '- Lưu: VT, NV. Nguyễn Văn An',
      ].join('\n'),
    )
    expect(plan.recipients).toEqual(['Như trên', 'Lưu: VT, NV'])
    expect(plan.signer).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' })
  })

  it('reads recipients printed on the "Nơi nhận:" line and a KT. signature', () => {
    const plan = parsePlanText(
      'KẾ HOẠCH\nX\nI. NỘI DUNG\n- Việc A.\nNơi nhận: - Như trên; - Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Bích',
    )
    expect(plan.recipients).toEqual(['Như trên', 'Lưu: VT'])
    expect(plan.signer).toEqual({ authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Bích' })
  })
})

describe('signature block variants', () => {
  const tailOf = (tail: string) =>
    parsePlanText(`KẾ HOẠCH\nThi đua năm 2021\nIII. TỔ CHỨC THỰC HIỆN\n- Phòng Nội vụ chủ trì.\n${tail}`).signer

  it('reads TL. + KT. authorities over two lines', () => {
    expect(
      tailOf('Nơi nhận:\n- Lưu: VT.\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nĐỗ Thị Mai'),
    ).toEqual({
      authority: 'TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG',
      position: 'PHÓ CHÁNH VĂN PHÒNG',
      name: 'Đỗ Thị Mai',
    })
  })

  it('reads TUQ. and a signature without "Nơi nhận"', () => {
    expect(tailOf('TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Hùng')).toEqual({
      authority: 'TUQ. CHỦ TỊCH',
      position: 'CHÁNH VĂN PHÒNG',
      name: 'Lê Hùng',
    })
  })

  it('ends the body at a lone position line, but not at an upper-case sub-heading', () => {
    const plan = parsePlanText(
      'KẾ HOẠCH\nThi đua năm 2021\nII. NỘI DUNG\nCÔNG TÁC TUYÊN TRUYỀN\n- Việc A.\nPHỔ BIẾN PHÁP LUẬT\n- Việc B.\nHIỆU TRƯỞNG\nVũ Văn Nam',
    )
    expect(plan.focusTasks).toEqual(['Việc A.', 'Việc B.'])
    expect(plan.signer).toEqual({ authority: null, position: 'HIỆU TRƯỞNG', name: 'Vũ Văn Nam' })
  })
})

describe('PDF paste artefacts', () => {
  it('drops page numbers and joins a task that a page break cut in two', () => {
    const plan = planWithContent(
      '1. Nhiệm vụ trọng tâm\n- Đẩy mạnh phong trào thi đua, góp phần thực hiện\n\n- 2 -\n\nhoàn thành các chỉ tiêu năm 2021.\n- Việc khác.',
    )
    expect(plan.focusTasks).toEqual([
      'Đẩy mạnh phong trào thi đua, góp phần thực hiện hoàn thành các chỉ tiêu năm 2021.',
      'Việc khác.',
    ])
  })
})

describe('degenerate input', () => {
  it('returns an empty draft for empty text', () => {
    expect(parsePlanText('')).toEqual({
      documentNumber: null,
      issuer: null,
      parentIssuer: null,
      place: null,
      issuedOn: null,
      title: null,
      year: null,
      legalBases: [],
      purposes: [],
      requirements: [],
      focusTasks: [],
      periods: [],
      implementation: [],
      recipients: [],
      signer: null,
    })
  })

  it('reads a plan without header or "KẾ HOẠCH" line', () => {
    const plan = parsePlanText('Căn cứ Luật Thi đua, khen thưởng;\n1. MỤC ĐÍCH\n- Động viên.\n2. NỘI DUNG\n- Việc A.')
    expect(plan.title).toBeNull()
    expect(plan.legalBases).toEqual(['Căn cứ Luật Thi đua, khen thưởng'])
    expect(plan.purposes).toEqual(['Động viên.'])
    expect(plan.focusTasks).toEqual(['Việc A.'])
  })
})

describe('plan:parse command', () => {
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx')
  const cli = path.join(repoRoot, 'lib/cli/plan-parse.ts')

  it('prints the draft as JSON', () => {
    const file = path.join(fixturesDir, 'so-noi-vu.txt')
    const run = spawnSync(tsx, [cli, file], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(parsePlanText(readFileSync(file, 'utf8')))
  }, 60_000)

  it('fails with a Vietnamese message on a missing file', () => {
    const run = spawnSync(tsx, [cli, path.join(fixturesDir, 'khong-co.txt')], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('tệp không tồn tại')
    expect(run.stdout).toBe('')
  }, 60_000)
})

// Expected drafts of the seeds, field by field (referenced inside the tests above, which run after
// this module has been evaluated).
const expected001: ParsedPlan = {
  documentNumber: '55/KH-UBND',
  issuer: null,
  parentIssuer: null,
  place: 'Mai Sơn',
  issuedOn: '2020-02-26',
  title: 'Công tác thi đua, khen thưởng năm 2020',
  year: 2020,
  legalBases: [
    'Thực hiện Kế hoạch số 52/KH-UBND ngày 21/02/2020 của Ủy ban nhân dân tỉnh Sơn La về việc triển khai, thực hiện công tác thi đua, khen thưởng năm 2020',
  ],
  purposes: [
    'Phát huy những kết quả đã đạt được trong năm 2019, tiếp tục đổi mới, đẩy mạnh phong trào thi đua yêu nước trên mọi lĩnh vực; tổ chức các phong trào thi đua sâu rộng, thiết thực; huy động các tầng lớp nhân dân tích cực tham gia thi đua; nâng cao chất lượng, hiệu quả các phong trào thi đua trong thực hiện nhiệm vụ chính trị của địa phương, đơn vị, góp phần thực hiện thắng lợi các nhiệm vụ, mục tiêu phát triển kinh tế - xã hội, an ninh, quốc phòng, xây dựng hệ thống chính trị trong năm 2020 và Nghị quyết số 06-NQ/ĐH ngày 11/08/2015 của Đại hội Đảng bộ huyện Mai Sơn lần thứ XIX đã đề ra.',
    'Nâng cao vai trò, trách nhiệm của thủ trưởng các cơ quan, đơn vị và cơ sở trong việc lãnh đạo, chỉ đạo và trong công tác quản lý nhà nước về thi đua, khen thưởng; đảm bảo thực hiện có hiệu quả và đồng bộ các nội dung quản lý nhà nước về công tác thi đua, khen thưởng trên địa bàn huyện.',
  ],
  requirements: [
    'Các cụm khối thi đua, các cơ quan đơn vị, doanh nghiệp triển khai, tổ chức thực hiện các phong trào thi đua và công tác khen thưởng đảm bảo thiết thực, hiệu quả tạo động lực phấn đấu hoàn thành xuất sắc nhiệm vụ năm 2020.',
  ],
  focusTasks: [
    'Tiếp tục đổi mới công tác thi đua, khen thưởng theo nội dung Kế hoạch số 57/KH-UBND ngày 04/7/2014 của UBND tỉnh về triển khai thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị khoá XI.',
    'Tiếp tục thực hiện Chương trình hành động thực hiện Chỉ thị 18-CT/TTg ngày 19/5/2016 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2016 và Kế hoạch 05 năm (2016 – 2020) theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng (Quyết định số 1511/QĐ-UBND ngày 27/6/2016 của UBND tỉnh và Quyết định 1729/QĐ-UBND ngày 14/7/2016 của UBND huyện) gắn với việc thực hiện tốt các phong trào thi đua: “Dân vận khéo”, “Mai Sơn chung sức xây dựng nông thôn mới”, “Mai Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, phong trào “Doanh nghiệp Sơn la hội nhập và phát triển”; phong trào “Toàn dân đoàn kết xây dựng đời sống văn hoá” gắn với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.',
    'Đẩy mạnh công tác tuyên truyền, phổ biến và tổ chức thực hiện Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ, Quyết định số 36/2017/QĐ-UBND ngày 04/11/2017 của UBND tỉnh về ban hành Quy chế TĐKT đến cơ quan, đơn vị tham gia giao ước thi đua trên địa bàn huyện.',
    'Đẩy mạnh công tác tuyên truyền các phong trào thi đua yêu nước, công tác khen thưởng của các cơ quan, đơn vị, địa phương trên địa bàn huyện. Nội dung tuyên truyền tập trung việc phát hiện, giới thiệu và nhân rộng gương điển hình tiên tiến, gương người tốt, việc tốt trong phong trào thi đua. Kịp thời phát hiện, đề nghị khen thưởng cho các tập thể, cá nhân có cách làm hay, sáng tạo và hiệu quả trong lao động sản xuất, công tác và học tập.',
    'Tăng cường công tác kiểm tra, giám sát thực hiện các quy định của pháp luật về thi đua, khen thưởng. Giải quyết kịp thời các kiến nghị thắc mắc của công dân về công tác khen thưởng.',
  ],
  periods: [
    {
      label: 'Quý I/2020',
      quarters: [1],
      from: null,
      to: null,
      tasks: [
        'Triển khai, thực hiện các văn bản chỉ đạo của Trung ương, của tỉnh về công tác thi đua, khen thưởng: Chỉ thị số 01/CT-UBND ngày 03/01/2019 của Ủy ban nhân dân tỉnh về tổ chức phát động phong trào thi đua năm 2019; Kế hoạch số 06/KH-UBND ngày 03/01/2019 của Ủy ban nhân dân tỉnh Sơn La về việc triển khai, thực hiện công tác thi đua, khen thưởng năm 2020.',
        'Ban hành và tổ chức thực hiện Chỉ thị về phát động phong trào thi đua yêu nước; Kế hoạch công tác thi đua khen thưởng năm 2020.',
        'Hướng dẫn Hội đồng Thi đua, khen thưởng các xã, thị trấn và các cơ quan, đơn vị đóng trên địa bàn huyện tổng kết phong trào thi đua yêu nước và công tác khen thưởng năm 2019.',
        'Tiếp nhận, thẩm định hồ sơ của các tập thể, cá nhân đề nghị khen thưởng thành tích đạt được năm 2019; đăng ký thi đua năm 2020.',
        'Tổ chức họp xét khen thưởng thành tích thực hiện nhiệm vụ công tác năm 2019, và hoàn thiện hồ sơ trình Hội đồng thi đua, khen thưởng cấp trên khen thưởng.',
        'Tiếp tục chỉ đạo phong trào thi đua “Mai Sơn chung sức xây dựng nông thôn mới”, “Đô thị văn minh” giai đoạn (2016 - 2020); “Mai Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, phong trào “Doanh nghiệp Sơn la hội nhập và phát triển”.',
        'Ban hành Kế hoạch và tổ chức thực hiện Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019. Chuẩn bị các nội dung, điều kiện cần thiết để tổ chức Hội nghị tổng kết phong trào thi đua yêu nước và công tác khen thưởng năm 2019, triển khai nhiệm vụ trọng tâm năm 2020.',
      ],
    },
    {
      label: 'Quý II/2020',
      quarters: [2],
      from: null,
      to: null,
      tasks: [
        'Ban hành kế hoạch và tổ chức kiểm tra, hướng dẫn nghiệp vụ công tác thi đua, khen thưởng ở một số xã, cơ quan, đơn vị.',
        'Khảo sát điển hình tiên tiến (chuẩn bị cho Hội nghị biểu dương điển hình tiên tiến huyện Mai Sơn và tiến tới Đại hội Thi đua yêu nước tỉnh Sơn La giai đoạn 2016-2020) theo kế hoạch của tỉnh.',
        'Hướng dẫn, tiếp nhận, thẩm định hồ sơ các đơn vị trường học lập hồ sơ đề nghị khen thưởng năm học 2019-2020.',
        'Tiếp nhận, thẩm định hồ sơ, các cá nhân lập hồ sơ trình cấp trên xét tặng Huy hiệu “Vì sự nghiệp phát triển tỉnh Sơn La” đợt 1 năm 2020.',
        'Chỉ đạo thực hiện các chương trình phối hợp giữa các cơ quan liên quan đẩy mạnh các phong trào thi đua chuyên đề, phát hiện, biểu dương kịp thời các các gương điển hình tiên tiến.',
        'Đánh giá kết quả công tác thi đua, khen thưởng 6 tháng đầu năm, xây dựng phương hướng nhiệm vụ 6 tháng cuối năm 2020.',
        'Khen thưởng thành tích chuyên đề, đột xuất cho các tập thể, cá nhân trong các cơ quan, đơn vị, địa phương trên địa bàn huyện.',
      ],
    },
    {
      label: 'Quý III/2020',
      quarters: [3],
      from: null,
      to: null,
      tasks: [
        'Tổ chức kiểm tra, giám sát việc thực hiện các quy định của pháp luật về thi đua, khen thưởng, đôn đốc các cơ quan, đơn vị, địa phương tổ chức phát động và thực hiện tốt các phong trào thi đua yêu nước; việc bồi dưỡng, tuyên truyền và nhân rộng các điển hình tiên tiến xuất sắc ở cơ sở theo kế hoạch của Hội đồng thi đua khen thưởng.',
        'Tiếp nhận, thẩm định hồ sơ đề nghị khen thưởng thành tích thực hiện nhiệm vụ công tác năm học 2019-2020.',
        'Tổ chức họp xét khen thưởng thành tích thực hiện nhiệm vụ công tác năm học 2019-2020, xét và trình Hội đồng thi đua, khen thưởng cấp trên khen thưởng.',
        'Triển khai các văn bản chỉ đạo của cấp trên về công tác thi đua, khen thưởng. Xét khen thưởng đột xuất cho các tập thể cá nhân lập thành tích xuất sắc đột xuất theo ngành, lĩnh vực.',
        'Phát động các nội dung thi đua nhằm thực hiện thắng lợi nhiệm vụ phát triển kinh tế, xã hội, xây dựng quốc phòng, an ninh 6 tháng cuối năm 2020 của huyện.',
      ],
    },
    {
      label: 'Quý IV/2020',
      quarters: [4],
      from: null,
      to: null,
      tasks: [
        'Tiếp tục tổ chức các đoàn kiểm tra, giám sát của Hội đồng Thi đua - Khen thưởng huyện tại các phòng, ban, đơn vị, xã, thị trấn theo kế hoạch kiểm tra công tác thi đua, khen thưởng.',
        'Triển khai các văn bản chỉ đạo của cấp trên về công tác thi đua, khen thưởng. Xét khen thưởng đột xuất cho các tập thể cá nhân lập thành tích xuất sắc đột xuất theo ngành, lĩnh vực.',
        'Tiếp nhận, thẩm định hồ sơ, các cá nhân lập hồ sơ trình cấp trên xét tặng Huy hiệu “Vì sự nghiệp phát triển tỉnh Sơn La” đợt 2 năm 2020.',
        'Hướng dẫn các cơ quan, đơn vị các xã, thị trấn tổng kết thi đua, khen thưởng năm 2020, phương hướng nhiệm vụ công tác năm 2021.',
        'Tổng hợp báo cáo tổng kết phong trào thi đua năm 2020; nhiệm vụ trọng tâm công tác thi đua năm 2021.',
        'Triển khai chấm điểm thi đua của huyện năm 2020',
        'Xây dựng chương trình, kế hoạch công tác thi đua, khen thưởng năm 2021.',
      ],
    },
  ],
  implementation: [
    {
      unit: 'Thành viên Hội đồng Thi đua, khen thưởng huyện',
      duties: [
        'Thực hiện tốt công tác chỉ đạo, hướng dẫn, kiểm tra, giám sát tình hình thực hiện công tác thi đua, khen thưởng của các địa phương, đơn vị theo Quy chế hoạt động của Hội đồng Thi đua, khen thưởng huyện.',
        'Đề xuất các giải pháp nhằm tiếp tục đổi mới, đẩy mạnh phong trào thi đua yêu nước, góp phần nâng cao hơn nữa chất lượng hiệu quả phong trào thi đua, công tác khen thưởng.',
        'Tham gia đầy đủ các cuộc họp của Hội đồng Thi đua, khen thưởng huyện.',
      ],
    },
    {
      unit: 'Phòng Nội vụ (Cơ quan Thường trực Thi đua, khen thưởng huyện)',
      duties: [
        'Tiếp tục nâng cao chất lượng công tác thẩm định hồ sơ, đảm bảo đúng tiêu chuẩn, đúng người, đúng việc; triển khai thực hiện tốt theo Quy định Thi đua khen thưởng của Ủy ban nhân dân huyện và Quy chế của UBND tỉnh; thực hiện Luật thi đua, khen thưởng và Nghị định 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ; tham mưu củng cố, nâng cao chất lượng hoạt động của Hội đồng Thi đua, khen thưởng huyện.',
        'Tham mưu cho UBND huyện tổ chức tốt Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020 và các phong trào thi đua chuyên đề khác.',
        'Phối hợp với các cơ quan thông tin, truyền thông làm tốt công tác giới thiệu và tuyên truyền các gương điển hình tiên tiến của huyện.',
        'Tổ chức tập huấn chuyên môn, nghiệp vụ, hướng dẫn, nuôi dưỡng phong trào thi đua yêu nước; theo dõi, đôn đốc, hướng dẫn các đơn vị thực hiện đúng các quy định của pháp luật về công tác thi đua, khen thưởng.',
        'Định kỳ báo cáo, đề xuất các biện pháp cần thiết với Ủy ban nhân dân huyện và Hội đồng Thi đua, khen thưởng huyện để kịp thời giải quyết các vấn đề vướng mắc, triển khai có hiệu quả các nội dung công tác thi đua, khen thưởng năm 2020.',
      ],
    },
    {
      unit: 'Thủ trưởng các cơ quan, đơn vị, đoàn thể huyện, Chủ tịch UBND các xã, thị trấn',
      duties: [
        'Hỗ trợ đầy đủ và thực hiện nghiêm túc các phong trào thi đua do Thủ tướng Chính phủ, các bộ ngành Trung ương và Chủ tịch Ủy ban nhân dân tỉnh, Chủ tịch UBND huyện phát động; căn cứ vào chức năng, nhiệm vụ và đặc thù của cơ quan, đơn vị tổ chức phong trào thi đua thiết thực, hiệu quả nhằm hoàn thành xuất sắc nhiệm vụ được giao.',
        'Các cơ quan, đơn vị, các xã, thị trấn tiếp tục đẩy mạnh phong trào thi đua yêu nước, trọng tâm là việc thực hiện Nghị quyết số 06-NQ/ĐH ngày 11/08/2015 của Đại hội Đảng bộ huyện Mai Sơn lần thứ XIX; Nghị quyết số 92/2015/NQ-HĐND ngày 25/12/2015 của HĐND huyện về kế hoạch phát triển kinh tế - xã hội 5 năm (2016 - 2020) theo đúng chương trình, kế hoạch đề ra.',
      ],
    },
  ],
  recipients: [
    'Ban Thi đua, khen thưởng tỉnh',
    'Thường trực huyện ủy',
    'Thường trực HĐND huyện',
    'Lãnh đạo UBND huyện',
    'Ban Đảng và các Tổ chức đoàn thể huyện',
    'Các cơ quan, đơn vị, trường học huyện',
    'Ủy ban nhân dân các xã, thị trấn',
    'Lưu: VT, NV',
  ],
  signer: {
    authority: 'TM. ỦY BAN NHÂN DÂN',
    position: 'CHỦ TỊCH',
    name: 'Vũ Tiến Đĩnh',
  },
}

const expected003: ParsedPlan = {
  documentNumber: null,
  issuer: null,
  parentIssuer: null,
  place: null,
  issuedOn: null,
  title: 'Thực hiện công tác thi đua, khen thưởng năm 2020',
  year: 2020,
  legalBases: [
    'Triển khai thực hiện Kế hoạch số 365/KH-UBND ngày 14/01/2020 của UBND tỉnh về công tác thi đua khen thưởng trên địa bàn tỉnh Đồng Nai năm 2020 và các Văn bản, chỉ đạo của UBND tỉnh Đồng Nai về việc thực hiện các nhiệm vụ trọng tâm về công tác thi đua, khen thưởng trong thời gian tới',
  ],
  purposes: [
    'Phát huy sức mạnh tập thể, toàn thể CBCC-VC Ban Quản lý tích cực tham gia các phong trào thi đua yêu nước, thực hiện tốt nhiệm vụ năm 2020, góp phần thực hiện các mục tiêu nhiệm vụ của cơ quan, thực hiện thắng lợi kế hoạch phát triển kinh tế - xã hội của tỉnh và lập thành tích chào mừng kỷ niệm 72 năm ngày Bác Hồ ra lời kêu gọi Thi đua ái quốc và kỷ niệm các ngày lễ lớn, các ngày kỷ niệm của tỉnh, của đất nước.',
  ],
  requirements: [
    'Nội dung, hình thức phát động và tổ chức phong trào thi đua yêu nước phải thiết thực, bám sát yêu cầu nhiệm vụ chính trị của cơ quan. Thường xuyên đôn đốc, kiểm tra, sơ kết, tổng kết, đánh giá hiệu quả của phong trào thi đua yêu nước trên cơ sở kết quả thực hiện nhiệm vụ chính trị của từng bộ phận, đơn vị, cá nhân.',
    'Nâng cao chất lượng công tác thi đua khen thưởng, bảo đảm kịp thời và đúng quy định; lấy kết quả thực hiện nhiệm vụ chính trị, công tác chuyên môn làm tiêu chí khen thưởng. Thực hiện công khai, minh bạch và dân chủ trong bình xét, lựa chọn những tập thể, cá nhân tiêu biểu đề xuất khen thưởng; kịp thời phát hiện, tuyên dương những gương điển hình tiên tiến, người tốt việc tốt, quan tâm khen thưởng thành tích cho cá nhân trực tiếp làm việc.',
    'Phát huy vai trò của cán bộ, đảng viên và toàn thể CBCC-VC trong thực hiện công tác thi đua khen thưởng, đảm bảo công tác thi đua khen thưởng thực chất, hiệu quả, đáp ứng yêu cầu thực tiễn.',
  ],
  focusTasks: [],
  periods: [
    {
      label: 'Quý I và II',
      quarters: [1, 2],
      from: null,
      to: null,
      tasks: [
        'Tổng kết công tác thi đua khen thưởng của cơ quan năm 2019.',
        'Tiếp tục tuyên truyền về tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh, đường lối chủ trương, chính sách của Đảng, pháp luật của Nhà nước về thi đua khen thưởng.',
        'Tổ chức phát động thi đua yêu nước năm 2020.',
        'Đăng ký thi đua, khen thưởng năm 2020.',
        'Hoàn chỉnh hồ sơ trình khen thưởng cấp tỉnh, Bộ Kế hoạch và Đầu tư, khen thưởng cấp cao.',
        'Xây dựng kế hoạch công tác thi đua khen thưởng và kế hoạch kiểm tra công tác thi đua khen thưởng năm 2020.',
        'Tổ chức tổng kết phong trào thi đua năm 2019 và ký kết giao ước Khối thi đua 5 năm 2020, tham gia tổ chức Đại hội thi đua yêu nước của Khối Thi đua 5.',
        'Tham gia tổng kết Cụm Ban Quản lý các KCN, KCX, KKT các tỉnh miền Đông Nam bộ năm 2019 và ký kết giao ước thi đua năm 2020.',
        'Tích cực tham gia các hoạt động chào mừng và kỷ niệm 72 năm ngày Bác Hồ ra lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2020).',
        'Xây dựng kế hoạch thi đua khen thưởng chuyên đề cải cách hành chính và kế hoạch nhân rộng điển hình tiên tiến năm 2020.',
        'Điều chỉnh, bổ sung khối thi đua của các đơn vị trực thuộc Ban Quản lý các KCN.',
        'Điều chỉnh, bổ sung Quy chế thi đua khen thưởng của cơ quan.',
      ],
    },
    {
      label: 'Quý III',
      quarters: [3],
      from: null,
      to: null,
      tasks: [
        'Tham gia sơ kết công tác thi đua khen thưởng 6 tháng đầu năm 2020 của Khối thi đua 5 và Cụm Thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh miền Đông Nam bộ.',
        'Tổ chức sơ kết công tác thi đua khen thưởng 6 tháng đầu năm 2020 tại cơ quan.',
        'Tổ chức tuyên dương và học tập mô hình mới, cách làm hay.',
      ],
    },
    {
      label: 'Quý IV',
      quarters: [4],
      from: null,
      to: null,
      tasks: [
        'Kiểm tra công tác thi đua khen thưởng năm 2020.',
        'Hướng dẫn đánh giá, bình xét, tổng kết các phong trào thi đua, khen thưởng của cơ quan năm 2020.',
        'Tổ chức tổng kết thi đua Khối thi đua 5, tham gia tổng kết thi đua Cụm Thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh miền Đông Nam bộ.',
      ],
    },
  ],
  implementation: [
    {
      unit: 'Văn phòng',
      duties: [
        'Giao Văn phòng triển khai, tổ chức thực hiện, theo dõi, hướng dẫn và kiểm tra công tác thi đua khen thưởng của Ban Quản lý.',
      ],
    },
    {
      unit: 'Các bộ phận, đơn vị trực thuộc',
      duties: [
        'Yêu cầu các bộ phận, đơn vị trực thuộc phối hợp với Văn phòng tổ chức thực hiện kế hoạch thi đua khen thưởng năm 2020, góp phần thực hiện hoàn thành các chỉ tiêu mà Nghị quyết Đảng bộ và Kế hoạch thực hiện nhiệm vụ của Ban Quản lý đã đề ra.',
      ],
    },
  ],
  recipients: ['Ban Thi đua khen thưởng tỉnh', 'Lưu: VT, TĐKT'],
  signer: {
    authority: null,
    position: 'TRƯỞNG BAN',
    name: null,
  },
}

const expected004: ParsedPlan = {
  documentNumber: '108/KH-UBND',
  issuer: null,
  parentIssuer: null,
  place: 'Cẩm Mỹ',
  issuedOn: '2020-05-26',
  title:
    'Phát động thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và kỷ niệm các ngày lễ lớn trong năm 2020',
  year: 2020,
  legalBases: [
    'Thực hiện Kế hoạch số 5232/KH-UBND ngày 11/5/2020 của UBND tỉnh về phát động thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và kỷ niệm các ngày lễ lớn trong năm 2020',
  ],
  purposes: [
    'Tuyên truyền đến cán bộ, đảng viên và nhân dân thống nhất cao về nhận thức và hành động, đẩy mạnh các phong trào thi đua yêu nước lập thành tích chào mừng Đại hội Đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, đạt và vượt các chỉ tiêu phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2020.',
    'Đẩy mạnh các phong trào thi đua yêu nước nhằm huy động sức mạnh tổng hợp, cổ vũ, động viên các tập thể, cá nhân khắc phục khó khăn, nỗ lực phấn đấu hoàn thành tốt nhiệm vụ, nâng cao đời sống vật chất và tinh thần của nhân dân, phát huy sức mạnh của khối đại đoàn kết dân tộc, thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội.',
    'Tổ chức thực hiện đợt thi đua đặc biệt phải kết hợp chặt chẽ với các hoạt động kỷ niệm các ngày lễ lớn, các sự kiện chính trị trọng đại của đất nước, địa phương, gắn với việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị.',
  ],
  requirements: [],
  focusTasks: [],
  periods: [
    {
      label: 'Từ nay đến khi kết thúc Đại hội Đảng bộ tỉnh Đồng Nai lần thứ XI',
      quarters: [],
      from: null,
      to: null,
      tasks: [
        'Thi đua trên tất cả các lĩnh vực, huy động sức mạnh tổng hợp của các cấp, các ngành và quần chúng Nhân dân, góp phần hoàn thành các nhiệm vụ của Nghị quyết Đảng bộ huyện, tỉnh. Tiếp tục thực hiện có hiệu quả các phong trào thi đua, nâng cao chất lượng công tác quản lý Nhà nước trên các lĩnh vực; tăng cường nghiên cứu, tham mưu xây dựng chính sách pháp luật, xây dựng bộ máy tổ chức Nhà nước, thực hiện cải cách hành chính, đảm bảo an sinh xã hội, quốc phòng - an ninh. Tập trung đẩy mạnh các phong trào thi đua lao động sản xuất, chuyển dịch cơ cấu kinh tế, tái cơ cấu ngành nông nghiệp gắn với Chương trình xây dựng nông thôn mới; khai thác và sử dụng có hiệu quả các nguồn lực, bảo vệ môi trường, phòng chống thiên tai, dịch bệnh, nâng cao đời sống tinh thần, vật chất của Nhân dân.',
        'Các tập thể, cá nhân thi đua hoàn thành xuất sắc nhiệm vụ được giao gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TU ngày 15/5/2016 của Bộ Chính trị, bằng những việc làm cụ thể, thiết thực, sáng tạo, hiệu quả.',
        'Đẩy mạnh các phong trào thi đua chuyên đề như: “Chung sức xây dựng nông thôn mới”; “Cả nước chung tay vì người nghèo – không để ai bị bỏ lại phía sau”; “Cán bộ, công chức, viên chức thi đua thực hiện tốt văn hóa công sở”; “Toàn dân đoàn kết xây dựng đời sống văn hóa”; “Cán bộ, công chức, viên chức nói không với tiêu cực”...',
        'Chuẩn bị thực hiện tốt công tác tổ chức Hội nghị điển hình tiên tiến huyện lần thứ IV, Đại hội thi đua yêu nước tỉnh Đồng Nai lần thứ VI. Nội dung trọng tâm là Báo cáo tổng kết phong trào thi đua yêu nước 05 năm qua, phương hướng, nhiệm vụ công tác thi đua, khen thưởng 05 năm tới. Qua đó, thấy được những nét mới, sáng tạo, những phong trào thi đua thiết thực, hiệu quả, những mô hình mới.',
        'Thi đua chuẩn bị công tác tổ chức Đại hội Đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Trước hết là tập trung trí tuệ, công sức xây dựng văn kiện, phương án nhân sự đảm bảo dân chủ, khách quan, toàn diện; thực hiện tốt công tác thông tin tuyên truyền, an ninh, hậu cần.',
      ],
    },
  ],
  implementation: [
    {
      unit: 'Các cơ quan, đơn vị, địa phương trên địa bàn huyện',
      duties: [
        'Tổ chức triển khai thực hiện, gắn với việc thực hiện nhiệm vụ chính trị trọng tâm của cơ quan, đơn vị, địa phương.',
        'Tăng cường tuyên truyền đợt thi đua đặc biệt này; kịp thời phát hiện, bồi dưỡng, biểu dương, nhân rộng điển hình tiên tiến trong các phong trào thi đua.',
        'Kết thúc đợt thi đua, tổng kết báo cáo về UBND huyện (thông qua Phòng Nội vụ huyện), tổ chức bình xét, lựa chọn, lập hồ sơ đề xuất khen thưởng cho các tập thể, cá nhân có thành tích tiêu biểu.',
      ],
    },
    {
      unit: 'Ban Tuyên giáo Huyện ủy, Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Phòng Văn hóa và Thông tin huyện, Trung tâm Văn hóa – Thông tin và Thể thao huyện',
      duties: [
        'Đẩy mạnh tuyên truyền về tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh, các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng, những điển hình trong các phong trào thi đua yêu nước; tuyên truyền các hoạt động tôn vinh điển hình tiên tiến gắn với các lễ, kỷ niệm trong đại của đất nước.',
        'Mở các chuyên mục, chuyên trang và tăng thời lượng cho việc tuyên truyền trước, trong và sau Đại hội với những hình ảnh phong phú, đa dạng để giáo dục truyền thống thi đua yêu nước cho cán bộ, đảng viên và Nhân dân.',
      ],
    },
    {
      unit: 'Phòng Nội vụ (Thường trực Hội đồng Thi đua – Khen thưởng huyện)',
      duties: [
        'Chủ trì theo dõi, hướng dẫn các cơ quan, đơn vị, địa phương triển khai đợt thi đua.',
        'Hướng dẫn việc tổ chức tổng kết, bình xét, hồ sơ đề nghị khen thưởng đối với những tập thể, cá nhân có thành tích xuất sắc tiêu biểu trong đợt thi đua.',
      ],
    },
  ],
  recipients: [
    'Sở Nội vụ (Ban TĐKT tỉnh)',
    'TT.HU, TT.HĐND huyện',
    'CT, các PCT.UBH',
    'Các cơ quan Đảng, đoàn thể, Mặt trận huyện',
    'Các cơ quan, đơn vị, Hội thuộc UBND huyện',
    'Các đơn vị ngành dọc trên địa bàn huyện',
    'UBND các xã trong huyện',
    'Đăng Trang thông tin điện tử huyện',
    'Chánh, Phó VP.UBH',
    'Lưu: VT, TH (NC)',
  ],
  signer: {
    authority: null,
    position: 'CHỦ TỊCH',
    name: 'Trần Văn Chiến',
  },
}
