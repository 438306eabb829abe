// A valid header of a district's 2020 plan, as the form would send it, for tests that need a plan.
import { createPlanSchema } from '../../lib/plans/schemas'

export const planHeader = (organizationId: string, title = 'Công tác thi đua, khen thưởng năm 2020') =>
  createPlanSchema.parse({
    organizationId,
    kind: 'ANNUAL',
    year: '2020',
    symbol: 'KH-UBND',
    issuerName: 'ỦY BAN NHÂN DÂN HUYỆN LONG THÀNH',
    parentIssuerName: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
    place: 'Long Thành',
    title,
    legalBases: 'Thực hiện Kế hoạch số 52/KH-UBND ngày 21/02/2020 của Ủy ban nhân dân tỉnh Đồng Nai',
    purposes: 'Phát huy kết quả năm 2019',
    requirements: 'Thiết thực, hiệu quả',
    implementation: 'Phòng Nội vụ huyện Long Thành\n- Tham mưu, theo dõi',
    recipients: 'UBND tỉnh Đồng Nai;\nLưu: VT.',
    signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
    signerPosition: 'CHỦ TỊCH',
    signerName: 'Đặng Văn Hùng',
  })
