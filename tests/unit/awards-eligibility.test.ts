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
  underInvestigation: false,
  unresolvedComplaint: false,
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
  underInvestigation: false,
  unresolvedComplaint: false,
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

describe('the universal rule: no discipline, investigation or unresolved complaint', () => {
  it('passes a clean record and ignores discipline that is no longer in force', () => {
    pass(
      'LDTT',
      person({ discipline: [{ year: 2021, level: 'CANH_CAO', active: false }] }),
      'khong-vi-pham',
      'Không trong thời gian bị kỷ luật, điều tra hoặc có khiếu nại, tố cáo chưa giải quyết',
    )
  })

  it('names each reason', () => {
    fail(
      'LDTT',
      person({ discipline: [{ year: 2024, level: 'KHIEN_TRACH', active: true }] }),
      'khong-vi-pham',
      'Chưa được xét khen thưởng: đang trong thời gian thi hành kỷ luật khiển trách (năm 2024)',
    )
    fail(
      'LDTT',
      person({ underInvestigation: true }),
      'khong-vi-pham',
      'Chưa được xét khen thưởng: đang bị xem xét kỷ luật hoặc điều tra, thanh tra, kiểm tra',
    )
    fail(
      'LDTT',
      person({ unresolvedComplaint: true }),
      'khong-vi-pham',
      'Chưa được xét khen thưởng: có khiếu nại, tố cáo chưa được giải quyết',
    )
    fail(
      'TAP_THE_LDTT',
      team(tenMembers(), { underInvestigation: true, unresolvedComplaint: true }),
      'khong-vi-pham',
      'Chưa được xét khen thưởng: đang bị xem xét kỷ luật hoặc điều tra, thanh tra, kiểm tra; có khiếu nại, tố cáo chưa được giải quyết',
    )
  })

  it('comes first, with its source, and makes the nominee ineligible', () => {
    const checks = evaluateEligibility(
      'LDTT',
      person({ ratings: rated({ 2024: 'HTT' }), underInvestigation: true }),
      ON,
    )
    expect(checks.map((c) => c.ruleId)).toEqual(['khong-vi-pham', 'ldtt-xep-loai'])
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
  it('needs at least 70% of members LĐTT, naming those who are not', () => {
    pass(
      'TAP_THE_LDTT',
      team(tenMembers((i) => ({ isLdtt: i <= 7 }))),
      'ttldtt-ty-le-ldtt',
      'Có 7/10 thành viên đạt LĐTT, cần tối thiểu 7 (70% tổng số thành viên)',
    )
    fail(
      'TAP_THE_LDTT',
      team(tenMembers((i) => ({ isLdtt: i <= 6 }))),
      'ttldtt-ty-le-ldtt',
      'Có 6/10 thành viên đạt LĐTT, cần tối thiểu 7 (70% tổng số thành viên); chưa đạt: TV 7, TV 8, TV 9, TV 10',
    )
    // 70% of 7 is 4.9: five are needed.
    const seven = (n: number) => team(Array.from({ length: 7 }, (_, k) => member(k + 1, { isLdtt: k < n })))
    expect(checkOf('TAP_THE_LDTT', seven(5), 'ttldtt-ty-le-ldtt').passed).toBe(true)
    expect(checkOf('TAP_THE_LDTT', seven(4), 'ttldtt-ty-le-ldtt').passed).toBe(false)
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
      'khong-vi-pham',
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
      'Đạt CSTĐ cơ sở 2 năm liên tục (2023–2024)',
    )
  })

  it('passes with 2 consecutive years of HTXS and 2 unused initiatives', () => {
    pass(
      'BANG_KHEN_TINH',
      person({ ratings: rated({ 2023: 'HTXS', 2024: 'HTXS' }), initiatives: [sk('A', 2023), sk('B', 2024)] }),
      'bkt-thanh-tich',
      'Đạt hoàn thành xuất sắc nhiệm vụ 2 năm liên tục (2023–2024); có sáng kiến được công nhận trong các năm 2023–2024, chưa dùng làm tiêu chuẩn khen thưởng: “Sáng kiến A”, “Sáng kiến B”',
    )
  })

  it('explains both alternatives when neither holds: thematic awards and used initiatives do not count', () => {
    const nominee = person({
      awards: [...won('CSTD_CO_SO', 2024), { year: 2023, award: 'CSTD_CO_SO', thematic: true }],
      ratings: rated({ 2023: 'HTT', 2024: 'HTXS' }),
      initiatives: [sk('A', 2023), sk('B', 2024, [{ year: 2024, award: 'CSTD_CO_SO' }])],
    })
    fail(
      'BANG_KHEN_TINH',
      nominee,
      'bkt-thanh-tich',
      'Chưa đạt một trong 2 tiêu chuẩn: (1) chưa đủ 2 năm liên tục đạt CSTĐ cơ sở: thiếu năm 2023 (năm 2023 chỉ có khen thưởng chuyên đề, đột xuất, không tính); ' +
        '(2) chưa đủ 2 năm liên tục hoàn thành xuất sắc nhiệm vụ (2023–2024): năm 2023 xếp loại “Hoàn thành tốt nhiệm vụ”; ' +
        'chưa đủ 2 sáng kiến được công nhận trong các năm 2023–2024 chưa dùng làm tiêu chuẩn khen thưởng: có 1/2 (sáng kiến “Sáng kiến B” đã được dùng để xét CSTĐ cơ sở năm 2024)',
    )
  })

  it('leaves collectives to manual appraisal', () => {
    const checks = evaluateEligibility('BANG_KHEN_TINH', team(tenMembers()), ON)
    expect(checks.map((c) => c.ruleId)).toEqual(['khong-vi-pham', 'tham-dinh-thu-cong'])
    expect(checks[1].message).toBe(
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
    for (const award of ['GIAY_KHEN', 'CSTD_TOAN_QUOC', 'HUAN_CHUONG', 'ANH_HUNG'] as const) {
      const checks = evaluateEligibility(award, person(), ON)
      expect(checks.map((c) => c.ruleId)).toEqual(['khong-vi-pham', 'tham-dinh-thu-cong'])
      expect(isEligible(checks)).toBe(false)
    }
    expect(checkOf('GIAY_KHEN', person(), 'tham-dinh-thu-cong').message).toBe(
      'Hệ thống chưa có tiêu chuẩn kiểm tra tự động cho “Giấy khen” đối với cá nhân; cần thẩm định hồ sơ',
    )
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
