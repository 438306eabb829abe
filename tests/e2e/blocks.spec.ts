// Issue 11 journey, emulation blocks: on the demo block (Đồng Nai, Long Thành 2025), the agreed ranking
// keeps the town that did not sign apart and the leading commune creates its Cờ thi đua dossier from it,
// once; then a new block's scoring is put to its members, objected to, withdrawn, revised and agreed.
import { expect, test } from '@playwright/test'
import { loginAndLand, workspaceId } from './support'

const DEMO_BLOCK = 'Khối thi đua các xã, thị trấn huyện Long Thành'
const AN_PHUOC = 'Ủy ban nhân dân xã An Phước'
const LONG_AN = 'Ủy ban nhân dân xã Long An'

test('khối thi đua: xếp hạng theo giao ước, thống nhất kết quả, đề nghị Cờ thi đua từ xếp hạng', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const head = await browser.newPage()
  await loginAndLand(head, 'thutruong.anphuoc')
  const anPhuoc = workspaceId(head)

  // 1. the demo block: agreed, ranked by its rule (bonus and penalty items), the town kept apart
  await head.getByRole('link', { name: 'Khối, cụm thi đua' }).first().click()
  await head.getByRole('link', { name: DEMO_BLOCK }).click()
  await expect(head.getByTestId('agreement-status')).toContainText('Khối đã thống nhất kết quả chấm điểm')
  const rows = head.getByTestId('ranking-row')
  await expect(rows).toHaveCount(3)
  await expect(rows.first()).toContainText(AN_PHUOC)
  await expect(rows.first()).toContainText('94')
  await expect(rows.nth(1)).toContainText(LONG_AN)
  await expect(head.getByTestId('block-unsigned')).toContainText('Ủy ban nhân dân thị trấn Long Thành')
  await expect(head.getByTestId('block-unsigned')).toContainText('chưa ký giao ước thi đua')
  await expect(head.getByTestId('block-member').filter({ hasText: 'Bình Sơn' })).toContainText(
    'Không có ý kiến (coi như đồng ý)',
  )

  // 2. the leading commune creates its Cờ thi đua dossier from the ranking, and only once
  const blockUrl = head.url()
  await head.getByRole('button', { name: `Lập hồ sơ đề nghị Cờ thi đua cho ${AN_PHUOC}` }).click()
  await expect(head).toHaveURL(new RegExp(`/o/${anPhuoc}/ho-so-khen-thuong/[0-9a-f-]{36}$`))
  await expect(head.getByRole('heading', { level: 1 })).toContainText('Cờ thi đua')
  await expect(head.getByRole('article').first()).toContainText('Dẫn đầu Khối thi đua các xã, thị trấn')
  await head.goto(blockUrl)
  await expect(head.getByTestId('flag-dossier')).toContainText(`Đã lập hồ sơ đề nghị Cờ thi đua cho ${AN_PHUOC}`)
  await expect(head.getByRole('button', { name: /Lập hồ sơ đề nghị Cờ thi đua/ })).toHaveCount(0)

  // 3. a new block: the district writes the covenant with a bonus item, both communes sign
  const district = await browser.newPage()
  await loginAndLand(district, 'noivu.longthanh')
  const districtId = workspaceId(district)
  await district.goto(`/o/${districtId}/khoi-thi-dua/moi`)
  const blockForm = district.getByRole('form', { name: 'Thành lập khối thi đua' })
  await blockForm.getByLabel('Tên khối thi đua').fill('Cụm thi đua các xã năm 2027')
  await blockForm.getByLabel('Năm').fill('2027')
  await blockForm.getByLabel(AN_PHUOC).check()
  await blockForm.getByLabel(LONG_AN).check()
  await blockForm.getByLabel('Đơn vị trưởng khối').selectOption({ label: AN_PHUOC })
  await blockForm.getByRole('button', { name: 'Thành lập khối' }).click()
  await expect(district).toHaveURL(/\/khoi-thi-dua\/[0-9a-f-]{36}$/)
  const newBlock = new URL(district.url()).pathname.split('/khoi-thi-dua/')[1]
  await district.getByRole('link', { name: 'Soạn giao ước, tiêu chí' }).click()
  const covenant = district.getByRole('form', { name: 'Soạn giao ước thi đua' })
  await covenant.getByLabel('Nội dung giao ước').fill('Các xã cam kết thi đua hoàn thành xuất sắc nhiệm vụ năm 2027.')
  await covenant.getByLabel('Tiêu chí 1').fill('Thực hiện nhiệm vụ chính trị')
  await covenant.getByLabel('Điểm tối đa').first().fill('100')
  await covenant.getByLabel('Tiêu chí 2').fill('Mô hình mới, cách làm hay')
  await covenant.getByLabel('Loại').nth(1).selectOption({ label: 'Điểm thưởng (cộng)' })
  await covenant.getByLabel('Điểm tối đa').nth(1).fill('5')
  await expect(covenant.getByText('Tổng điểm tối đa: 105')).toBeVisible()
  await covenant.getByRole('button', { name: 'Lưu giao ước' }).click()
  await expect(covenant.getByRole('status')).toBeVisible()

  const other = await browser.newPage()
  await loginAndLand(other, 'thutruong.longan')
  const blockAt = (page: typeof head) => `/o/${workspaceId(page)}/khoi-thi-dua/${newBlock}`
  for (const [page, unit] of [
    [head, AN_PHUOC],
    [other, LONG_AN],
  ] as const) {
    await page.goto(blockAt(page))
    await page.getByRole('button', { name: 'Ký giao ước thi đua' }).click()
    await expect(page.getByTestId('block-member').filter({ hasText: unit })).toContainText('Đã ký giao ước')
  }

  // 4. the district records the agreed scores (a bonus above its maximum is refused next to the field)
  for (const [unit, scores] of [
    [AN_PHUOC, ['90', '3']],
    [LONG_AN, ['91', '1']],
  ] as const) {
    await district.goto(`/o/${districtId}/khoi-thi-dua/${newBlock}`)
    await district.getByRole('link', { name: `Chấm điểm thống nhất: ${unit}` }).click()
    const sheet = district.getByRole('form', { name: `Điểm thống nhất: ${unit}` })
    await sheet.getByLabel('Điểm thống nhất').first().fill(scores[0])
    await sheet.getByLabel('Điểm thống nhất').nth(1).fill('6')
    await sheet.getByRole('button', { name: 'Lưu điểm thống nhất' }).click()
    await expect(sheet.getByText(/vượt mức tối đa 5/)).toBeVisible()
    await sheet.getByLabel('Điểm thống nhất').nth(1).fill(scores[1])
    await sheet.getByRole('button', { name: 'Lưu điểm thống nhất' }).click()
    await expect(sheet.getByRole('status')).toBeVisible()
  }

  // 5. the block head puts the scores to the members; Long An objects (a reason is required)
  await head.goto(blockAt(head))
  await expect(head.getByTestId('ranking-row').first()).toContainText(AN_PHUOC) // 93 against 92
  await head.getByRole('button', { name: 'Đưa ra khối thống nhất' }).click()
  await expect(head.getByTestId('agreement-status')).toContainText('Đang chờ ý kiến các đơn vị')
  await other.goto(blockAt(other))
  const answer = other.getByRole('form', { name: `Ý kiến về kết quả chấm điểm: ${LONG_AN}` })
  await answer.getByRole('radio', { name: 'Phản đối', exact: true }).check()
  await answer.getByRole('button', { name: 'Gửi ý kiến' }).click()
  await expect(answer.getByText('Vui lòng nêu lý do phản đối')).toBeVisible()
  await answer.getByLabel('Lý do phản đối').fill('Mô hình của xã Long An đã được huyện công nhận: đề nghị cộng 3 điểm.')
  await answer.getByRole('button', { name: 'Gửi ý kiến' }).click()
  await expect(other.getByTestId('agreement-status')).toContainText('Có đơn vị phản đối')

  // 6. the head withdraws, the district revises, the head proposes again and Long An agrees: final
  await head.reload()
  await expect(head.getByRole('list', { name: 'Ý kiến phản đối' })).toContainText('đề nghị cộng 3 điểm')
  await head.getByRole('button', { name: 'Rút lại để chấm lại' }).click()
  await expect(head.getByTestId('agreement-status')).toContainText('Chưa đưa ra khối thống nhất')
  await district.goto(`/o/${districtId}/khoi-thi-dua/${newBlock}`)
  await district.getByRole('link', { name: `Chấm điểm thống nhất: ${LONG_AN}` }).click()
  const revise = district.getByRole('form', { name: `Điểm thống nhất: ${LONG_AN}` })
  await revise.getByLabel('Điểm thống nhất').nth(1).fill('3')
  await revise.getByRole('button', { name: 'Lưu điểm thống nhất' }).click()
  await expect(revise.getByRole('status')).toBeVisible()
  await head.goto(blockAt(head))
  await expect(head.getByTestId('ranking-row').first()).toContainText(LONG_AN) // 94 against 93
  await head.getByRole('button', { name: 'Đưa ra khối thống nhất' }).click()
  await expect(head.getByTestId('agreement-status')).toContainText('Đang chờ ý kiến các đơn vị')
  await other.goto(blockAt(other))
  await other
    .getByRole('form', { name: `Ý kiến về kết quả chấm điểm: ${LONG_AN}` })
    .getByRole('button', { name: 'Gửi ý kiến' })
    .click()
  await expect(other.getByTestId('agreement-status')).toContainText('Khối đã thống nhất kết quả chấm điểm')
  await expect(other.getByText('Xếp hạng chính thức')).toBeVisible()
  await expect(other.getByRole('button', { name: `Lập hồ sơ đề nghị Cờ thi đua cho ${LONG_AN}` })).toBeVisible()
})
