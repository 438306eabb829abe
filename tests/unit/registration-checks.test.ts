import { describe, expect, it } from 'vitest'
import { registrationWarnings, type CheckPerson } from '../../lib/registration/checks'

const person = (id: string, extra: Partial<CheckPerson> = {}): CheckPerson => ({
  id,
  fullName: `Người ${id}`,
  awards: [],
  disciplines: [],
  ...extra,
})

describe('registration checks', () => {
  it('flags the same person registered twice', () => {
    const w = registrationWarnings({
      year: 2026,
      collectiveTitle: null,
      people: [person('a')],
      entries: [
        { personId: 'a', title: 'LDTT' },
        { personId: 'a', title: 'CSTD_CO_SO' },
      ],
    })
    expect(w).toEqual([{ personId: 'a', field: 'title-a', message: 'Người a được đăng ký hai lần.' }])
  })

  it('warns that CSTĐ cấp tỉnh needs the two previous years of CSTĐ cơ sở, naming the missing year', () => {
    const p = person('a', { awards: [{ year: 2025, award: 'CSTD_CO_SO' }] })
    const w = registrationWarnings({
      year: 2026,
      collectiveTitle: null,
      people: [p],
      entries: [{ personId: 'a', title: 'CSTD_TINH' }],
    })
    expect(w[0].message).toBe(
      'Người a: chưa đủ 2 năm liên tục đạt Chiến sĩ thi đua cơ sở trước năm 2026 (thiếu năm 2024) để hướng tới Chiến sĩ thi đua cấp tỉnh.',
    )
    const ok = person('b', {
      awards: [
        { year: 2024, award: 'CSTD_CO_SO' },
        { year: 2025, award: 'CSTD_CO_SO' },
      ],
    })
    expect(
      registrationWarnings({
        year: 2026,
        collectiveTitle: null,
        people: [ok],
        entries: [{ personId: 'b', title: 'CSTD_TINH' }],
      }),
    ).toEqual([])
  })

  it('warns about a person under discipline', () => {
    const p = person('a', { disciplines: [{ year: 2025, level: 'KHIEN_TRACH' }] })
    const w = registrationWarnings({
      year: 2026,
      collectiveTitle: null,
      people: [p],
      entries: [{ personId: 'a', title: 'LDTT' }],
    })
    expect(w[0].message).toContain('đang chịu kỷ luật (năm 2025)')
  })

  it('checks a collective title against the 70% rule counted on all active members', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'k'].map((id) => person(id))
    const entries = people.slice(0, 6).map((p) => ({ personId: p.id, title: 'LDTT' }))
    const w = registrationWarnings({ year: 2026, collectiveTitle: 'TAP_THE_LDTT', people, entries })
    expect(w).toEqual([
      {
        field: 'collectiveTitle',
        message:
          'Tập thể Lao động tiên tiến cần ít nhất 70% thành viên đạt Lao động tiên tiến: mới đăng ký 6/10, cần 7.',
      },
    ])
    entries.push({ personId: 'g', title: 'CSTD_CO_SO' })
    expect(registrationWarnings({ year: 2026, collectiveTitle: 'TAP_THE_LDTT', people, entries })).toEqual([])
  })

  it('needs a CSTĐ cơ sở and no member disciplined at cảnh cáo or above for Tập thể LĐXS', () => {
    const people = ['a', 'b', 'c'].map((id) => person(id))
    people[2].disciplines = [{ year: 2024, level: 'CANH_CAO' }]
    const entries = people.map((p) => ({ personId: p.id, title: 'LDTT' }))
    const messages = registrationWarnings({ year: 2026, collectiveTitle: 'TAP_THE_LDXS', people, entries }).map(
      (w) => w.message,
    )
    expect(messages).toContain(
      'Tập thể Lao động xuất sắc cần ít nhất một cá nhân đạt Chiến sĩ thi đua cơ sở: chưa có ai đăng ký.',
    )
    expect(messages).toContain(
      'Tập thể Lao động xuất sắc đòi hỏi không có thành viên bị kỷ luật từ cảnh cáo trở lên: Người c.',
    )
  })
})
