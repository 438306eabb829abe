import { describe, expect, it } from 'vitest'
import type { AwardCode } from '../../lib/awards/catalog'
import {
  type CollectiveMember,
  type CollectiveNominee,
  type IndividualNominee,
  type Nominee,
  evaluateEligibility,
  hasTiePriority,
  isEligible,
  tieBreak,
} from '../../lib/awards/eligibility'

const ON = '2025-01-15' // considering the year 2024, under Luật 2022 and NĐ 98/2023

const person = (over: Partial<IndividualNominee> = {}): IndividualNominee => ({
  kind: 'INDIVIDUAL',
  name: 'Nguyễn Thị Lan',
  year: 2024,
  gender: 'NU',
  ratings: [],
  awards: [],
  initiatives: [],
  researchProjects: [],
  discipline: [],
  conduct: [],
  ...over,
})
const rated = (entries: Record<number, 'HTXS' | 'HTT' | 'HT' | 'KHT'>) =>
  Object.entries(entries).map(([year, rating]) => ({ year: Number(year), rating }))
const won = (award: AwardCode, ...years: number[]) => years.map((year) => ({ year, award, thematic: false }))
const member = (i: number, over: Partial<CollectiveMember> = {}): CollectiveMember => ({
  id: `m${i}`,
  name: `TV ${i}`,
  rating: 'HTT',
  isLdtt: true,
  isCstdCoSo: false,
  disciplineLevel: null,
  ...over,
})
const team = (members: CollectiveMember[], over: Partial<CollectiveNominee> = {}): CollectiveNominee => ({
  kind: 'COLLECTIVE',
  name: 'Phòng Nội vụ',
  year: 2024,
  members,
  femaleShare: 0.5,
  awards: [],
  conduct: [],
  ...over,
})
const tenMembers = (over: (i: number) => Partial<CollectiveMember> = () => ({})) =>
  Array.from({ length: 10 }, (_, k) => member(k + 1, over(k + 1)))

const checkOf = (award: AwardCode, nominee: Nominee, ruleId: string, onDate = ON) => {
  const found = evaluateEligibility(award, nominee, onDate).find((c) => c.ruleId === ruleId)
  if (!found) throw new Error(`no check ${ruleId}`)
  return found
}
const pass = (award: AwardCode, nominee: Nominee, ruleId: string, message: unknown, onDate = ON) =>
  expect(checkOf(award, nominee, ruleId, onDate)).toMatchObject({ passed: true, message })
const fail = (award: AwardCode, nominee: Nominee, ruleId: string, message: unknown, onDate = ON) =>
  expect(checkOf(award, nominee, ruleId, onDate)).toMatchObject({ passed: false, message })

describe('the rules every nominee passes first: discipline by its period, open matters, one award per achievement', () => {
  it('passes a clean record and ignores a discipline whose period ended before the year', () => {
    pass(
      'LDTT',
      person({ discipline: [{ year: 2021, level: 'CANH_CAO', active: false }] }),
      'khong-ky-luat',
      'Không bị kỷ luật trong năm 2024 và không đang trong thời hạn kỷ luật',
    )
  })

  it('blocks the year a discipline overlaps even once lifted, and counts achievements only after its end', () => {
    const lifted = {
      year: 2024,
      level: 'KHIEN_TRACH' as const,
      active: false,
      startsOn: '2024-02-01',
      endsOn: '2024-07-31',
    }
    expect(checkOf('LDTT', person({ discipline: [lifted] }), 'khong-ky-luat')).toMatchObject({
      passed: false,
      hard: true,
      status: 'FAILED',
      message:
        'Không được xét khen thưởng thành tích năm 2024: kỷ luật khiển trách, thời hạn từ 01/02/2024 đến 31/07/2024; thành tích chỉ được tính từ sau ngày 31/07/2024',
    })
    // lifted without an end entered: still covers its decision year
    fail(
      'LDTT',
      person({ discipline: [{ year: 2024, level: 'KHIEN_TRACH', active: false }] }),
      'khong-ky-luat',
      expect.stringContaining('31/12/2024'),
    )
    // a period running from 2023 into 2024 blocks 2024, not 2025
    const across = {
      year: 2023,
      level: 'CANH_CAO' as const,
      active: false,
      startsOn: '2023-10-01',
      endsOn: '2024-09-30',
    }
    fail('LDTT', person({ discipline: [across] }), 'khong-ky-luat', expect.stringContaining('30/09/2024'))
    pass('LDTT', person({ year: 2025, discipline: [across] }), 'khong-ky-luat', expect.any(String), '2026-01-10')
    // still in force when considered: blocks whatever the year
    const running = { year: 2025, level: 'KHIEN_TRACH' as const, active: true, startsOn: '2025-12-01', endsOn: null }
    fail(
      'LDTT',
      person({ discipline: [running] }),
      'khong-ky-luat',
      expect.stringContaining('chưa có ngày kết thúc'),
      '2026-01-10',
    )
  })

  it('blocks on open investigations and complaints, and on a violation of the year, naming the source', () => {
    const open = {
      kind: 'INVESTIGATION' as const,
      startedOn: '2024-11-01',
      endedOn: null,
      summary: 'Xác minh đơn phản ánh',
      source: 'Công an tỉnh',
    }
    expect(checkOf('LDTT', person({ conduct: [open] }), 'khong-dieu-tra')).toMatchObject({
      passed: false,
      hard: true,
      message:
        'Chưa được xét khen thưởng: đang bị điều tra hoặc xem xét xử lý kỷ luật: Xác minh đơn phản ánh (từ 01/11/2024; nguồn: Công an tỉnh)',
    })
    const closed = { ...open, kind: 'COMPLAINT' as const, endedOn: '2024-12-01' }
    expect(checkOf('LDTT', person({ conduct: [closed] }), 'khong-dieu-tra')).toMatchObject({ status: 'NO_DATA' })
    const violation = { ...open, kind: 'VIOLATION' as const, startedOn: '2024-05-05', endedOn: '2024-05-05' }
    expect(checkOf('LDTT', person({ conduct: [violation] }), 'khong-dieu-tra')).toMatchObject({ hard: true })
  })

  it('says "chưa có dữ liệu" without data, which is neither a pass nor a failure', () => {
    const check = checkOf('LDTT', person({ conduct: undefined, ratings: rated({ 2024: 'HTT' }) }), 'khong-dieu-tra')
    expect(check).toMatchObject({ passed: false, status: 'NO_DATA', hard: false })
    expect(check.message).toMatch(/^Chưa có dữ liệu/)
    expect(isEligible(evaluateEligibility('LDTT', person({ ratings: rated({ 2024: 'HTT' }) }), ON))).toBe(true)
  })

  it('a title of the year is granted once (hard); a certificate again only warns', () => {
    const held = person({
      ratings: rated({ 2024: 'HTT' }),
      awards: [{ year: 2024, award: 'LDTT', thematic: false, decisionNumber: '04/QĐ-UBND' }],
    })
    expect(checkOf('LDTT', held, 'mot-thanh-tich')).toMatchObject({
      passed: false,
      hard: true,
      message: 'Đã được tặng LĐTT năm 2024 (Quyết định số 04/QĐ-UBND): một thành tích chỉ được khen một lần',
    })
    const gk = person({ awards: [{ year: 2024, award: 'GIAY_KHEN', thematic: false }] })
    expect(checkOf('GIAY_KHEN', gk, 'mot-thanh-tich')).toMatchObject({ passed: true, status: 'WARNING' })
  })

  it('come first, with their source, and make the nominee ineligible', () => {
    const checks = evaluateEligibility(
      'LDTT',
      person({
        ratings: rated({ 2024: 'HTT' }),
        conduct: [
          {
            kind: 'COMPLAINT',
            startedOn: '2024-12-01',
            endedOn: null,
            summary: 'Đơn tố cáo',
            source: 'cán bộ ghi nhận',
          },
        ],
      }),
      ON,
    )
    expect(checks.map((c) => c.ruleId)).toEqual(['khong-ky-luat', 'khong-dieu-tra', 'mot-thanh-tich', 'ldtt-xep-loai'])
    expect(checks[0].source).toContain('Nghị định 98/2023/NĐ-CP')
    expect(isEligible(checks)).toBe(false)
  })
})

describe('Lao động tiên tiến', () => {
  it('passes with a rating of HTT or HTXS in the year', () => {
    pass(
      'LDTT',
      person({ ratings: rated({ 2024: 'HTT' }) }),
      'ldtt-xep-loai',
      'Năm 2024 xếp loại “Hoàn thành tốt nhiệm vụ”',
    )
    pass(
      'LDTT',
      person({ ratings: rated({ 2024: 'HTXS' }) }),
      'ldtt-xep-loai',
      'Năm 2024 xếp loại “Hoàn thành xuất sắc nhiệm vụ”',
    )
    expect(isEligible(evaluateEligibility('LDTT', person({ ratings: rated({ 2024: 'HTT' }) }), ON))).toBe(true)
  })

  it('fails a lower rating, a missing one, or one of another year', () => {
    fail(
      'LDTT',
      person({ ratings: rated({ 2024: 'HT' }) }),
      'ldtt-xep-loai',
      'Chưa đạt hoàn thành tốt nhiệm vụ trở lên: năm 2024 xếp loại “Hoàn thành nhiệm vụ”',
    )
    fail(
      'LDTT',
      person({ ratings: rated({ 2023: 'HTXS' }) }),
      'ldtt-xep-loai',
      'Chưa đạt hoàn thành tốt nhiệm vụ trở lên: năm 2024 chưa có kết quả xếp loại',
    )
  })

  it('is for individuals only', () => {
    expect(evaluateEligibility('LDTT', team(tenMembers()), ON)).toEqual([
      expect.objectContaining({
        ruleId: 'doi-tuong',
        passed: false,
        message: '“Lao động tiên tiến” không xét tặng cho tập thể',
      }),
    ])
  })

  it('applies the rule of the period: the 2003 Law in 2020, nothing recorded before 15/09/2017', () => {
    const nominee = person({ year: 2020, ratings: rated({ 2020: 'HTT' }) })
    expect(checkOf('LDTT', nominee, 'ldtt-xep-loai', '2020-12-20').source).toContain('Nghị định 91/2017/NĐ-CP')
    expect(evaluateEligibility('LDTT', nominee, '2015-12-20')).toEqual([
      {
        ruleId: 'hieu-luc',
        label: 'Quy định có hiệu lực',
        passed: false,
        status: 'FAILED',
        hard: false,
        message: 'Chưa có tiêu chuẩn xét “Lao động tiên tiến” có hiệu lực vào ngày 20/12/2015',
        source: 'Không có',
      },
    ])
  })
})

describe('Chiến sĩ thi đua cơ sở', () => {
  const initiative = (over: Partial<IndividualNominee['initiatives'][number]> = {}) => ({
    id: 'sk1',
    title: 'Số hóa hồ sơ',
    year: 2024,
    level: 'CO_SO' as const,
    usedFor: [],
    ...over,
  })

  it('needs the LĐTT title or its standard in the year', () => {
    pass('CSTD_CO_SO', person({ awards: won('LDTT', 2024) }), 'cstdcs-ldtt', 'Đã được công nhận LĐTT năm 2024')
    pass(
      'CSTD_CO_SO',
      person({ ratings: rated({ 2024: 'HTT' }) }),
      'cstdcs-ldtt',
      'Đạt tiêu chuẩn LĐTT năm 2024 (xếp loại “Hoàn thành tốt nhiệm vụ”)',
    )
    fail(
      'CSTD_CO_SO',
      person({ ratings: rated({ 2024: 'HT' }) }),
      'cstdcs-ldtt',
      'Chưa đạt tiêu chuẩn LĐTT năm 2024: xếp loại “Hoàn thành nhiệm vụ”',
    )
    fail('CSTD_CO_SO', person(), 'cstdcs-ldtt', 'Chưa đạt tiêu chuẩn LĐTT năm 2024: chưa có kết quả xếp loại')
  })

  it('needs one of HTXS, an unused initiative or an accepted research project in the year', () => {
    pass(
      'CSTD_CO_SO',
      person({ ratings: rated({ 2024: 'HTXS' }) }),
      'cstdcs-thanh-tich',
      'Năm 2024 xếp loại “Hoàn thành xuất sắc nhiệm vụ”',
    )
    pass(
      'CSTD_CO_SO',
      person({ initiatives: [initiative()] }),
      'cstdcs-thanh-tich',
      'Có sáng kiến “Số hóa hồ sơ” được công nhận năm 2024, chưa dùng làm tiêu chuẩn khen thưởng',
    )
    pass(
      'CSTD_CO_SO',
      person({ researchProjects: [{ year: 2024, accepted: true }] }),
      'cstdcs-thanh-tich',
      'Có đề tài nghiên cứu khoa học được nghiệm thu năm 2024',
    )
    const none =
      'Năm 2024 chưa có một trong các thành tích: hoàn thành xuất sắc nhiệm vụ, sáng kiến được công nhận chưa dùng làm tiêu chuẩn khen thưởng, đề tài nghiên cứu khoa học được nghiệm thu'
    fail(
      'CSTD_CO_SO',
      person({ ratings: rated({ 2024: 'HTT' }), researchProjects: [{ year: 2024, accepted: false }] }),
      'cstdcs-thanh-tich',
      none,
    )
    fail('CSTD_CO_SO', person({ initiatives: [initiative({ year: 2023 })] }), 'cstdcs-thanh-tich', none)
  })

  it('does not count an initiative already used, but counts one recorded for this very nomination', () => {
    fail(
      'CSTD_CO_SO',
      person({ initiatives: [initiative({ usedFor: [{ year: 2024, award: 'GIAY_KHEN' }] })] }),
      'cstdcs-thanh-tich',
      'Năm 2024 chưa có một trong các thành tích: hoàn thành xuất sắc nhiệm vụ, sáng kiến được công nhận chưa dùng làm tiêu chuẩn khen thưởng, ' +
        'đề tài nghiên cứu khoa học được nghiệm thu (sáng kiến “Số hóa hồ sơ” đã được dùng để xét Giấy khen năm 2024)',
    )
    expect(
      checkOf(
        'CSTD_CO_SO',
        person({ initiatives: [initiative({ usedFor: [{ year: 2024, award: 'CSTD_CO_SO' }] })] }),
        'cstdcs-thanh-tich',
      ).passed,
    ).toBe(true)
  })

  it('did not accept HTXS alone before the 2022 Law came into force (NĐ 91/2017 replaced)', () => {
    const excellent = person({ year: 2023, ratings: rated({ 2023: 'HTXS' }) })
    fail(
      'CSTD_CO_SO',
      excellent,
      'cstdcs-thanh-tich',
      'Năm 2023 chưa có một trong các thành tích: sáng kiến được công nhận chưa dùng làm tiêu chuẩn khen thưởng, đề tài nghiên cứu khoa học được nghiệm thu',
      '2023-12-31',
    )
    expect(isEligible(evaluateEligibility('CSTD_CO_SO', excellent, '2023-12-31'))).toBe(false)
    expect(isEligible(evaluateEligibility('CSTD_CO_SO', excellent, '2024-01-01'))).toBe(true)
  })
})

describe('Chiến sĩ thi đua cấp tỉnh', () => {
  const provincial = { id: 'sk-t', title: 'Phần mềm một cửa', year: 2023, level: 'TINH' as const, usedFor: [] }
  const ok = person({ awards: won('CSTD_CO_SO', 2022, 2023, 2024), initiatives: [provincial] })

  it('passes with 3 consecutive years of CSTĐ cơ sở ending with the year, and a provincial initiative', () => {
    pass('CSTD_TINH', ok, 'cstdt-cstdcs-lien-tuc', 'Đạt CSTĐ cơ sở 3 năm liên tục (2022–2024)')
    pass(
      'CSTD_TINH',
      ok,
      'cstdt-sang-kien-tinh',
      'Có sáng kiến được công nhận từ cấp tỉnh trở lên trong các năm 2022–2024, chưa dùng làm tiêu chuẩn khen thưởng: “Phần mềm một cửa”',
    )
    expect(isEligible(evaluateEligibility('CSTD_TINH', ok, ON))).toBe(true)
    pass(
      'CSTD_TINH',
      person({ initiatives: [{ ...provincial, level: 'TOAN_QUOC' }] }),
      'cstdt-sang-kien-tinh',
      expect.stringContaining('Có sáng kiến'),
    )
  })

  it('names the missing year, and does not count a thematic award', () => {
    fail(
      'CSTD_TINH',
      person({ awards: won('CSTD_CO_SO', 2022, 2024) }),
      'cstdt-cstdcs-lien-tuc',
      'Chưa đủ 3 năm liên tục đạt CSTĐ cơ sở: thiếu năm 2023',
    )
    fail(
      'CSTD_TINH',
      person({ awards: [...won('CSTD_CO_SO', 2022, 2024), { year: 2023, award: 'CSTD_CO_SO', thematic: true }] }),
      'cstdt-cstdcs-lien-tuc',
      'Chưa đủ 3 năm liên tục đạt CSTĐ cơ sở: thiếu năm 2023 (năm 2023 chỉ có khen thưởng chuyên đề, đột xuất, không tính)',
    )
    fail(
      'CSTD_TINH',
      person({ awards: won('CSTD_CO_SO', 2021, 2024) }),
      'cstdt-cstdcs-lien-tuc',
      'Chưa đủ 3 năm liên tục đạt CSTĐ cơ sở: thiếu năm 2022, 2023',
    )
  })

  it('needs a provincial initiative that has not served yet', () => {
    const want =
      'Chưa có sáng kiến được công nhận từ cấp tỉnh trở lên trong các năm 2022–2024 chưa dùng làm tiêu chuẩn khen thưởng'
    fail('CSTD_TINH', person({ initiatives: [{ ...provincial, level: 'CO_SO' }] }), 'cstdt-sang-kien-tinh', want)
    fail('CSTD_TINH', person({ initiatives: [{ ...provincial, year: 2021 }] }), 'cstdt-sang-kien-tinh', want)
    fail(
      'CSTD_TINH',
      person({ initiatives: [{ ...provincial, usedFor: [{ year: 2023, award: 'CSTD_CO_SO' }] }] }),
      'cstdt-sang-kien-tinh',
      `${want} (sáng kiến “Phần mềm một cửa” đã được dùng để xét CSTĐ cơ sở năm 2023)`,
    )
  })

  it('applies the same standard under the 2003 Law, and has none before NĐ 91/2017', () => {
    expect(checkOf('CSTD_TINH', ok, 'cstdt-cstdcs-lien-tuc', '2023-12-31').source).toContain('Nghị định 91/2017/NĐ-CP')
    expect(evaluateEligibility('CSTD_TINH', ok, '2016-12-31')).toEqual([
      expect.objectContaining({
        ruleId: 'hieu-luc',
        message: 'Chưa có tiêu chuẩn xét “Chiến sĩ thi đua cấp tỉnh” có hiệu lực vào ngày 31/12/2016',
      }),
    ])
    expect(checkOf('CSTD_TINH', ok, 'cstdt-sang-kien-tinh', '2025-07-01').source).toContain('Nghị định 152/2025/NĐ-CP')
  })
})

describe('Tập thể lao động tiên tiến', () => {
  it('needs more than 50% of members LĐTT (Luật 2022 Art. 28), naming those who are not', () => {
    pass(
      'TAP_THE_LDTT',
      team(tenMembers((i) => ({ isLdtt: i <= 6 }))),
      'ttldtt-ty-le-ldtt',
      'Có 6/10 thành viên đạt LĐTT, cần tối thiểu 6 (trên 50% tổng số thành viên)',
    )
    // exactly half is not "trên 50%"
    fail(
      'TAP_THE_LDTT',
      team(tenMembers((i) => ({ isLdtt: i <= 5 }))),
      'ttldtt-ty-le-ldtt',
      'Có 5/10 thành viên đạt LĐTT, cần tối thiểu 6 (trên 50% tổng số thành viên); chưa đạt: TV 6, TV 7, TV 8, TV 9, TV 10',
    )
    // more than half of 7 is 4
    const seven = (n: number) => team(Array.from({ length: 7 }, (_, k) => member(k + 1, { isLdtt: k < n })))
    expect(checkOf('TAP_THE_LDTT', seven(4), 'ttldtt-ty-le-ldtt').passed).toBe(true)
    expect(checkOf('TAP_THE_LDTT', seven(3), 'ttldtt-ty-le-ldtt').passed).toBe(false)
  })

  it('refuses a member disciplined at cảnh cáo or above, not one reprimanded', () => {
    fail(
      'TAP_THE_LDTT',
      team(tenMembers((i) => ({ disciplineLevel: i === 3 ? 'CANH_CAO' : null }))),
      'ttldtt-ky-luat',
      'Năm 2024 có thành viên bị kỷ luật từ cảnh cáo trở lên: TV 3 (cảnh cáo)',
    )
    pass(
      'TAP_THE_LDTT',
      team(tenMembers((i) => ({ disciplineLevel: i === 3 ? 'KHIEN_TRACH' : null }))),
      'ttldtt-ky-luat',
      'Năm 2024 không có thành viên bị kỷ luật từ cảnh cáo trở lên',
    )
  })

  it('refuses an empty collective and an individual', () => {
    fail('TAP_THE_LDTT', team([]), 'ttldtt-ty-le-ldtt', 'Tập thể chưa có danh sách thành viên')
    fail('TAP_THE_LDTT', person(), 'doi-tuong', '“Tập thể lao động tiên tiến” không xét tặng cho cá nhân')
  })
})

describe('Tập thể lao động xuất sắc', () => {
  const good = () => tenMembers((i) => ({ isCstdCoSo: i === 1 }))

  it('passes when everyone completes tasks, 70% are LĐTT, one is CSTĐ cơ sở and nobody is disciplined', () => {
    const checks = evaluateEligibility('TAP_THE_LDXS', team(good()), ON)
    expect(checks.map((c) => c.ruleId)).toEqual([
      'khong-ky-luat',
      'khong-dieu-tra',
      'mot-thanh-tich',
      'ttldxs-hoan-thanh',
      'ttldxs-ty-le-ldtt',
      'ttldxs-cstdcs',
      'ttldxs-ky-luat',
    ])
    expect(isEligible(checks)).toBe(true)
    pass('TAP_THE_LDXS', team(good()), 'ttldxs-cstdcs', 'Có 1 thành viên đạt CSTĐ cơ sở: TV 1')
  })

  it('names each member who fails', () => {
    const members = good().map((m, k) =>
      k === 8 ? { ...m, rating: 'KHT' as const, isLdtt: false } : k === 9 ? { ...m, rating: null, isLdtt: false } : m,
    )
    fail(
      'TAP_THE_LDXS',
      team(members),
      'ttldxs-hoan-thanh',
      'Có 8/10 thành viên hoàn thành nhiệm vụ, cần tối thiểu 10 (100% tổng số thành viên); chưa đạt: TV 9 (không hoàn thành nhiệm vụ), TV 10 (chưa có kết quả xếp loại)',
    )
    fail(
      'TAP_THE_LDXS',
      team(tenMembers((i) => ({ isLdtt: i <= 6, isCstdCoSo: i === 1 }))),
      'ttldxs-ty-le-ldtt',
      expect.stringContaining('chưa đạt: TV 7, TV 8, TV 9, TV 10'),
    )
    fail('TAP_THE_LDXS', team(tenMembers()), 'ttldxs-cstdcs', 'Chưa có thành viên đạt CSTĐ cơ sở')
    fail(
      'TAP_THE_LDXS',
      team(good().map((m, k) => (k === 2 ? { ...m, disciplineLevel: 'KHIEN_TRACH' as const } : m))),
      'ttldxs-ky-luat',
      'Năm 2024 có thành viên bị kỷ luật: TV 3 (khiển trách)',
    )
  })
})

describe('Cờ thi đua cấp tỉnh', () => {
  it('needs the collective to lead its emulation block', () => {
    pass(
      'CO_THI_DUA_TINH',
      team(tenMembers(), { leadsBlock: true }),
      'co-dan-dau-khoi',
      'Dẫn đầu khối, cụm thi đua năm 2024',
    )
    fail(
      'CO_THI_DUA_TINH',
      team(tenMembers(), { leadsBlock: false }),
      'co-dan-dau-khoi',
      'Không phải đơn vị dẫn đầu khối, cụm thi đua năm 2024',
    )
    fail(
      'CO_THI_DUA_TINH',
      team(tenMembers()),
      'co-dan-dau-khoi',
      'Chưa có kết quả chấm điểm khối, cụm thi đua năm 2024',
    )
  })
})

describe('Bằng khen của Chủ tịch UBND tỉnh', () => {
  const sk = (id: string, year: number, usedFor: { year: number; award: AwardCode }[] = []) => ({
    id,
    title: `Sáng kiến ${id}`,
    year,
    level: 'CO_SO' as const,
    usedFor,
  })

  it('passes with 2 consecutive years of CSTĐ cơ sở', () => {
    pass(
      'BANG_KHEN_TINH',
      person({ awards: won('CSTD_CO_SO', 2023, 2024) }),
      'bkt-thanh-tich',
      'Theo căn cứ “02 năm liên tục đạt Chiến sĩ thi đua cơ sở”: đạt CSTĐ cơ sở 2 năm liên tục (2023–2024)',
    )
  })

  it('passes with 2 consecutive years of HTXS and 2 unused initiatives, which it relies on', () => {
    const nominee = person({
      ratings: rated({ 2023: 'HTXS', 2024: 'HTXS' }),
      initiatives: [sk('A', 2023), sk('B', 2024)],
    })
    pass(
      'BANG_KHEN_TINH',
      nominee,
      'bkt-thanh-tich',
      'Theo căn cứ “02 năm liên tục hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến”: đạt hoàn thành xuất sắc nhiệm vụ 2 năm liên tục (2023–2024); có sáng kiến được công nhận trong các năm 2023–2024, chưa dùng làm tiêu chuẩn khen thưởng: “Sáng kiến A”, “Sáng kiến B”',
    )
    expect(checkOf('BANG_KHEN_TINH', nominee, 'bkt-thanh-tich').evidence).toEqual({
      initiativeIds: ['A', 'B'],
      ratingYears: [2023, 2024],
      awards: [],
    })
  })

  it('follows the route the appraiser chose, and its evidence only', () => {
    const both = person({
      awards: won('CSTD_CO_SO', 2023, 2024),
      ratings: rated({ 2023: 'HTXS', 2024: 'HTXS' }),
      initiatives: [sk('A', 2023), sk('B', 2024)],
    })
    const byAwards = evaluateEligibility('BANG_KHEN_TINH', both, ON, { route: 'cstdcs-2-nam' }).find(
      (c) => c.ruleId === 'bkt-thanh-tich',
    )!
    expect(byAwards).toMatchObject({ passed: true, route: { id: 'cstdcs-2-nam' } })
    expect(byAwards.evidence?.initiativeIds).toEqual([]) // the initiatives stay free
    const sudden = person({ dossier: { kind: 'DOT_XUAT', movement: null } })
    expect(evaluateEligibility('BANG_KHEN_TINH', sudden, ON, { route: 'dot-xuat' })[3]).toMatchObject({ passed: true })
    const inMovement = person({ dossier: { kind: 'CHUYEN_DE', movement: 'Chung sức xây dựng nông thôn mới' } })
    expect(checkOf('BANG_KHEN_TINH', inMovement, 'bkt-thanh-tich').message).toMatch(/phong trào thi đua/)
    expect(
      evaluateEligibility('BANG_KHEN_TINH', person({ dossier: { kind: 'THUONG_XUYEN', movement: null } }), ON, {
        route: 'dot-xuat',
      })[3],
    ).toMatchObject({ passed: false, message: expect.stringMatching(/^Chưa đạt căn cứ “Thành tích đột xuất”/) })
  })

  it('grants the contribution route (đóng góp, Art. 74) only when the appraiser chooses it, consuming nothing', () => {
    const outsider = person({ ratings: rated({ 2024: 'HTT' }), initiatives: [sk('A', 2024)] })
    const chosen = evaluateEligibility('BANG_KHEN_TINH', outsider, ON, { route: 'dong-gop' }).find(
      (c) => c.ruleId === 'bkt-thanh-tich',
    )!
    expect(chosen).toMatchObject({
      passed: true,
      route: { id: 'dong-gop', label: 'Có đóng góp vào sự phát triển của tỉnh' },
      message: expect.stringContaining('báo cáo thành tích'),
    })
    expect(chosen.evidence?.initiativeIds).toEqual([]) // the initiative stays free
    const automatic = checkOf('BANG_KHEN_TINH', outsider, 'bkt-thanh-tich')
    expect(automatic.passed).toBe(false)
    expect(automatic.message).toContain(
      '(5) Có đóng góp vào sự phát triển của tỉnh: không kiểm tra tự động được đóng góp vào sự phát triển kinh tế - xã hội của tỉnh',
    )
  })

  it('explains every route when none holds: thematic awards and used initiatives do not count', () => {
    const nominee = person({
      awards: [...won('CSTD_CO_SO', 2024), { year: 2023, award: 'CSTD_CO_SO', thematic: true }],
      ratings: rated({ 2023: 'HTT', 2024: 'HTXS' }),
      initiatives: [sk('A', 2023), sk('B', 2024, [{ year: 2024, award: 'CSTD_CO_SO' }])],
    })
    fail(
      'BANG_KHEN_TINH',
      nominee,
      'bkt-thanh-tich',
      expect.stringContaining(
        'Chưa đạt căn cứ nào trong 5 căn cứ xét tặng: (1) 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến: chưa đủ 2 năm liên tục hoàn thành xuất sắc nhiệm vụ (2023–2024): năm 2023 xếp loại “Hoàn thành tốt nhiệm vụ”; ' +
          'chưa đủ 2 sáng kiến được công nhận trong các năm 2023–2024 chưa dùng làm tiêu chuẩn khen thưởng: có 1/2 (sáng kiến “Sáng kiến B” đã được dùng để xét CSTĐ cơ sở năm 2024); ' +
          '(2) 02 năm liên tục đạt Chiến sĩ thi đua cơ sở: chưa đủ 2 năm liên tục đạt CSTĐ cơ sở: thiếu năm 2023 (năm 2023 chỉ có khen thưởng chuyên đề, đột xuất, không tính)',
      ),
    )
  })

  it('leaves collectives to manual appraisal', () => {
    const checks = evaluateEligibility('BANG_KHEN_TINH', team(tenMembers()), ON)
    expect(checks.map((c) => c.ruleId)).toEqual([
      'khong-ky-luat',
      'khong-dieu-tra',
      'mot-thanh-tich',
      'tham-dinh-thu-cong',
    ])
    expect(checks[3].message).toBe(
      'Hệ thống chưa có tiêu chuẩn kiểm tra tự động cho “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” đối với tập thể; cần thẩm định hồ sơ',
    )
    expect(isEligible(checks)).toBe(false)
  })
})

describe('Bằng khen của Thủ tướng Chính phủ', () => {
  const five = rated({ 2020: 'HTT', 2021: 'HTXS', 2022: 'HTT', 2023: 'HTT', 2024: 'HTXS' })
  const ok = person({ ratings: five, awards: [...won('BANG_KHEN_TINH', 2019), ...won('CSTD_CO_SO', 2020, 2022, 2024)] })

  it('passes with an earlier Bằng khen tỉnh, 5 years HTT or better and 3 CSTĐ cơ sở in them', () => {
    pass('BANG_KHEN_TTG', ok, 'bkttg-bang-khen-tinh', 'Đã được tặng Bằng khen tỉnh năm 2019')
    pass('BANG_KHEN_TTG', ok, 'bkttg-5-nam-htt', 'Đạt hoàn thành tốt nhiệm vụ trở lên 5 năm liên tục (2020–2024)')
    pass(
      'BANG_KHEN_TTG',
      ok,
      'bkttg-3-cstdcs',
      'Trong 5 năm 2020–2024 có 3/3 lần đạt CSTĐ cơ sở (năm 2020, 2022, 2024)',
    )
    expect(isEligible(evaluateEligibility('BANG_KHEN_TTG', ok, ON))).toBe(true)
  })

  it('needs the Bằng khen tỉnh from an earlier year; a thematic one counts', () => {
    fail('BANG_KHEN_TTG', person(), 'bkttg-bang-khen-tinh', 'Chưa được tặng Bằng khen tỉnh trước năm 2024')
    fail(
      'BANG_KHEN_TTG',
      person({ awards: won('BANG_KHEN_TINH', 2024) }),
      'bkttg-bang-khen-tinh',
      'Chưa được tặng Bằng khen tỉnh trước năm 2024',
    )
    pass(
      'BANG_KHEN_TTG',
      person({ awards: [{ year: 2021, award: 'BANG_KHEN_TINH', thematic: true }] }),
      'bkttg-bang-khen-tinh',
      'Đã được tặng Bằng khen tỉnh năm 2021',
    )
  })

  it('names every year that breaks the 5 years and counts only regular CSTĐ cơ sở', () => {
    fail(
      'BANG_KHEN_TTG',
      person({ ratings: rated({ 2020: 'HTT', 2022: 'HT', 2023: 'HTT', 2024: 'HTT' }) }),
      'bkttg-5-nam-htt',
      'Chưa đủ 5 năm liên tục hoàn thành tốt nhiệm vụ trở lên (2020–2024): năm 2021 chưa có kết quả xếp loại; năm 2022 xếp loại “Hoàn thành nhiệm vụ”',
    )
    fail(
      'BANG_KHEN_TTG',
      person({ awards: [...won('CSTD_CO_SO', 2019, 2020, 2022), { year: 2024, award: 'CSTD_CO_SO', thematic: true }] }),
      'bkttg-3-cstdcs',
      'Trong 5 năm 2020–2024 có 2/3 lần đạt CSTĐ cơ sở (năm 2020, 2022)',
    )
  })
})

describe('awards without automatic standards', () => {
  it('asks for a manual appraisal instead of reporting eligibility', () => {
    for (const award of ['CSTD_TOAN_QUOC', 'HUAN_CHUONG', 'ANH_HUNG'] as const) {
      const checks = evaluateEligibility(award, person(), ON)
      expect(checks.map((c) => c.ruleId)).toEqual([
        'khong-ky-luat',
        'khong-dieu-tra',
        'mot-thanh-tich',
        'tham-dinh-thu-cong',
      ])
      expect(isEligible(checks)).toBe(false)
    }
  })

  it('Giấy khen has no standard beyond the achievement (Luật 2022 Art. 75): nothing to override', () => {
    for (const nominee of [person(), team(tenMembers())]) {
      const checks = evaluateEligibility('GIAY_KHEN', nominee, ON)
      expect(checks.map((c) => c.ruleId)).toEqual(['khong-ky-luat', 'khong-dieu-tra', 'mot-thanh-tich'])
      expect(isEligible(checks)).toBe(true)
    }
    expect(isEligible(evaluateEligibility('GIAY_KHEN', person({ year: 2020 }), '2020-12-20'))).toBe(true)
  })
})

describe('tie-break', () => {
  it('puts women and collectives at least 70% female first, and keeps the rest in order', () => {
    const man = { kind: 'INDIVIDUAL' as const, gender: 'NAM' as const }
    const woman = { kind: 'INDIVIDUAL' as const, gender: 'NU' as const }
    const female70 = { kind: 'COLLECTIVE' as const, femaleShare: 0.7 }
    const female69 = { kind: 'COLLECTIVE' as const, femaleShare: 0.69 }
    expect(tieBreak(woman, man)).toBeLessThan(0)
    expect(tieBreak(man, woman)).toBeGreaterThan(0)
    expect(tieBreak(woman, female70)).toBe(0)
    expect(tieBreak(man, female69)).toBe(0)
    expect(hasTiePriority(female70)).toBe(true)
    expect(hasTiePriority({ kind: 'COLLECTIVE', femaleShare: 7 / 10 })).toBe(true)
    expect(hasTiePriority(female69)).toBe(false)
    expect([man, female69, woman, female70].sort(tieBreak)).toEqual([woman, female70, man, female69])
  })

  it('accepts nominees as they are', () => {
    expect(tieBreak(person({ gender: 'NU' }), team([], { femaleShare: 0.2 }))).toBeLessThan(0)
  })
})
