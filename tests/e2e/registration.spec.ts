// Issue 4 journey: a unit head imports people, registers titles and submits; the district returns it,
// it is fixed and accepted; a block signs its covenant, scores, and the ranking appears.
import { expect, test, type Page } from '@playwright/test'
import { loginAndLand, workspaceId } from './support'

const csv = (rows: string[]) =>
  Buffer.from(['\uFEFFHọ và tên;Giới tính;Ngày sinh;Chức vụ;Lãnh đạo', ...rows].join('\r\n'), 'utf8')

async function uploadPeople(page: Page, rows: string[]) {
  await page
    .getByLabel(/Tệp danh sách/)
    .setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: csv(rows) })
  await page.getByRole('button', { name: 'Xem trước' }).click()
}

test('đăng ký thi đua và khối thi đua: nhập cán bộ, đăng ký, trả lại, chấp nhận, ký giao ước, chấm điểm, xếp hạng', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const head = await browser.newPage()
  await loginAndLand(head, 'thutruong.anphuoc')
  const commune = workspaceId(head)

  // 1. import people: a bad row blocks the save and says why; the fixed file saves
  await head.goto(`/o/${commune}/nhan-su/nhap`)
  await uploadPeople(head, [
    'Phan Thị Mới;Nữ;12/03/1990;Công chức Văn hóa - Xã hội;không',
    'Không Có Giới;X;01/01/1985;Chuyên viên;không',
  ])
  const preview = head.getByRole('region', { name: 'Xem trước' })
  await expect(preview.getByText(/Giới tính/).first()).toBeVisible()
  await expect(head.getByRole('button', { name: /Lưu 1 người/ })).toBeDisabled()
  await uploadPeople(head, [
    'Phan Thị Mới;Nữ;12/03/1990;Công chức Văn hóa - Xã hội;không',
    'Đinh Văn Hai;Nam;01/01/1985;Chuyên viên;không',
  ])
  await head.getByRole('button', { name: 'Lưu 2 người' }).click()
  await expect(head.getByRole('link', { name: 'Xem danh sách cán bộ' })).toBeVisible()
  await head.goto(`/o/${commune}/nhan-su?q=phan+thi+moi`)
  await expect(head.getByRole('link', { name: 'Phan Thị Mới' })).toBeVisible()

  // 2. register titles and submit
  await head.goto(`/o/${commune}/dang-ky-thi-dua`)
  const form = head.getByRole('form', { name: 'Đăng ký thi đua của đơn vị' })
  await form.getByLabel('Danh hiệu tập thể đăng ký').selectOption('TAP_THE_LDTT')
  await form.getByLabel('Danh hiệu của Phan Thị Mới').selectOption('LDTT')
  await form.getByRole('button', { name: 'Lưu bản đăng ký' }).click()
  await expect(form.getByRole('status')).toHaveText('Đã lưu bản đăng ký.')
  await expect(head.getByTestId('registration-warnings')).toContainText(
    'cần ít nhất 70% thành viên đạt Lao động tiên tiến',
  )
  await head.getByRole('button', { name: 'Nộp cho cấp quản lý' }).click()
  await expect(head.getByTestId('registration-status')).toHaveText('Đã nộp, chờ xem xét')

  // 3. the district returns it with a reason
  const district = await browser.newPage()
  await loginAndLand(district, 'noivu.longthanh')
  const districtId = workspaceId(district)
  await district.goto(`/o/${districtId}/dang-ky-thi-dua`)
  const review = district.getByRole('form', { name: 'Xem xét đăng ký của Ủy ban nhân dân xã An Phước' })
  await review.getByRole('button', { name: 'Trả lại' }).click()
  await expect(review.getByText('Vui lòng ghi lý do trả lại.')).toBeVisible()
  await review.getByPlaceholder('Lý do trả lại').fill('Đăng ký thêm cho cán bộ mới Đinh Văn Hai')
  await review.getByRole('button', { name: 'Trả lại' }).click()
  await expect(district.getByRole('row', { name: /xã An Phước/ }).first()).toContainText('Bị trả lại') // the units' table comes before the list of registrants

  // 4. fixed and submitted again; accepted; then locked
  await head.reload()
  await expect(head.getByText('Lý do trả lại: Đăng ký thêm cho cán bộ mới Đinh Văn Hai')).toBeVisible()
  await head.getByLabel('Danh hiệu của Đinh Văn Hai').selectOption('LDTT')
  await head.getByRole('button', { name: 'Lưu bản đăng ký' }).click()
  await expect(head.getByRole('form', { name: 'Đăng ký thi đua của đơn vị' }).getByRole('status')).toHaveText(
    'Đã lưu bản đăng ký.',
  )
  await head.getByRole('button', { name: 'Nộp cho cấp quản lý' }).click()
  await expect(head.getByTestId('registration-status')).toHaveText('Đã nộp, chờ xem xét')
  await district.reload()
  await district
    .getByRole('form', { name: 'Xem xét đăng ký của Ủy ban nhân dân xã An Phước' })
    .getByRole('button', { name: 'Chấp nhận' })
    .click()
  await expect(district.getByRole('row', { name: /xã An Phước/ }).first()).toContainText('Đã chấp nhận')
  await head.reload()
  await expect(head.getByTestId('registration-status')).toHaveText('Đã chấp nhận')
  await expect(head.getByRole('button', { name: 'Lưu bản đăng ký' })).toHaveCount(0)

  // 5. a block: the district creates it with a covenant and criteria
  await district.goto(`/o/${districtId}/khoi-thi-dua/moi`)
  const blockForm = district.getByRole('form', { name: 'Thành lập khối thi đua' })
  await blockForm.getByLabel('Tên khối thi đua').fill('Khối các xã phía Bắc năm 2026')
  await blockForm.getByLabel('Năm').fill('2026')
  await blockForm.getByLabel('Ủy ban nhân dân xã An Phước').check()
  await blockForm.getByLabel('Ủy ban nhân dân xã Long An').check()
  await blockForm.getByLabel('Đơn vị trưởng khối').selectOption({ label: 'Ủy ban nhân dân xã An Phước' })
  await blockForm.getByRole('button', { name: 'Thành lập khối' }).click()
  await expect(district).toHaveURL(/\/khoi-thi-dua\/[0-9a-f-]{36}$/)
  const blockUrl = district.url()
  await district.getByRole('link', { name: 'Soạn giao ước, tiêu chí' }).click()
  const covenant = district.getByRole('form', { name: 'Soạn giao ước thi đua' })
  await covenant.getByLabel('Nội dung giao ước').fill('Các xã cam kết thi đua hoàn thành xuất sắc nhiệm vụ năm 2026.')
  await covenant.getByLabel('Tiêu chí 1').fill('Thực hiện nhiệm vụ chính trị')
  await covenant.getByLabel('Điểm tối đa').first().fill('60')
  await covenant.getByLabel('Tiêu chí 2').fill('Công tác thi đua, khen thưởng')
  await covenant.getByLabel('Điểm tối đa').nth(1).fill('40')
  await covenant.getByRole('button', { name: 'Lưu giao ước' }).click()
  await expect(covenant.getByRole('status')).toBeVisible()

  // 6. each member signs and self-scores; a score above the maximum is refused
  const blockPath = new URL(blockUrl).pathname.split('/khoi-thi-dua/')[1]
  const other = await browser.newPage()
  await loginAndLand(other, 'thutruong.longan')
  for (const [page, unit, scores] of [
    [head, 'Ủy ban nhân dân xã An Phước', ['55', '38']],
    [other, 'Ủy ban nhân dân xã Long An', ['50', '35']],
  ] as const) {
    await page.goto(`/o/${workspaceId(page)}/khoi-thi-dua/${blockPath}`)
    await page.getByRole('button', { name: 'Ký giao ước thi đua' }).click()
    await expect(page.getByTestId('block-member').filter({ hasText: unit })).toContainText('Đã ký giao ước')
    await page.getByRole('link', { name: `Tự chấm điểm: ${unit}` }).click()
    const sheet = page.getByRole('form', { name: `Tự chấm điểm: ${unit}` })
    await sheet.getByLabel('Điểm tự chấm').first().fill('61')
    await sheet.getByRole('button', { name: 'Lưu điểm tự chấm' }).click()
    await expect(sheet.getByText(/vượt mức tối đa/)).toBeVisible()
    await sheet.getByLabel('Điểm tự chấm').first().fill(scores[0])
    await sheet.getByLabel('Điểm tự chấm').nth(1).fill(scores[1])
    await sheet.getByRole('button', { name: 'Lưu điểm tự chấm' }).click()
    await expect(sheet.getByRole('status')).toBeVisible()
  }

  // 7. the district records the agreed scores; the ranking appears
  for (const [unit, scores] of [
    ['Ủy ban nhân dân xã An Phước', ['55', '38']],
    ['Ủy ban nhân dân xã Long An', ['50', '36']],
  ] as const) {
    await district.goto(blockUrl)
    await district.getByRole('link', { name: `Chấm điểm thống nhất: ${unit}` }).click()
    const sheet = district.getByRole('form', { name: `Điểm thống nhất: ${unit}` })
    await sheet.getByLabel('Điểm thống nhất').first().fill(scores[0])
    await sheet.getByLabel('Điểm thống nhất').nth(1).fill(scores[1])
    await sheet.getByRole('button', { name: 'Lưu điểm thống nhất' }).click()
    await expect(sheet.getByRole('status')).toBeVisible()
  }
  await district.goto(blockUrl)
  const ranking = district.getByTestId('ranking-row')
  await expect(ranking).toHaveCount(2)
  await expect(ranking.first()).toContainText('Ủy ban nhân dân xã An Phước')
  await expect(ranking.first()).toContainText('93')
  await expect(ranking.nth(1)).toContainText('Ủy ban nhân dân xã Long An')
})
