// The plan journey across roles: staff drafts, leader issues, a commune implements, the unit head
// reports, the district sees the roll-up, and the Word file downloads with header and tasks.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { docxParagraphs } from '../support/docx'
import { loginAndLand, workspaceId } from './support'

const TITLE = 'Công tác thi đua, khen thưởng năm 2020 của huyện'

async function openPlan(page: Page, orgId: string, title: string) {
  await page.goto(`/o/${orgId}/ke-hoach`)
  await page
    .getByRole('link', { name: new RegExp(title) })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
}

test('kế hoạch: soạn, ban hành, xã triển khai, báo cáo tiến độ, cấp trên theo dõi, tải .docx', async ({ browser }) => {
  test.setTimeout(180_000)
  // 1. District staff drafts a plan with tasks in two quarters.
  const staff = await browser.newPage()
  await loginAndLand(staff, 'noivu.longthanh')
  const district = workspaceId(staff)
  await staff.getByRole('link', { name: 'Kế hoạch', exact: true }).click()
  await staff.getByRole('link', { name: 'Soạn kế hoạch mới' }).click()
  const header = staff.getByRole('form', { name: 'Thông tin kế hoạch' })
  await header.getByLabel('Năm').fill('2020')
  await header.getByLabel('Trích yếu').fill('')
  await header.getByRole('button', { name: 'Tạo dự thảo' }).click()
  await expect(header.getByText('Vui lòng nhập trích yếu.')).toBeVisible()
  await header.getByLabel('Trích yếu').fill(TITLE)
  await header
    .getByLabel('Căn cứ, thực hiện')
    .fill('Thực hiện Kế hoạch số 52/KH-UBND ngày 21/02/2020 của Ủy ban nhân dân tỉnh Đồng Nai')
  await header.getByLabel('I.1. Mục đích').fill('Phát huy kết quả năm 2019')
  await header.getByLabel('Họ và tên').fill('Đặng Văn Hùng')
  await header.getByRole('button', { name: 'Tạo dự thảo' }).click()
  await expect(staff).toHaveURL(/\/sua$/)

  const add = staff.getByRole('form', { name: 'Thêm nhiệm vụ' })
  await add.getByLabel('Thời gian thực hiện').selectOption('Q1')
  await add.getByLabel('Nội dung nhiệm vụ').fill('Tổng kết phong trào thi đua năm 2019 ở cấp xã')
  await add.getByLabel('Đơn vị chủ trì').selectOption({ label: '— Ủy ban nhân dân xã An Phước' })
  await add.getByLabel('Hạn hoàn thành (không bắt buộc)').fill('2020-08-01')
  await add.getByRole('button', { name: 'Thêm nhiệm vụ' }).click()
  await expect(add.getByText('Hạn hoàn thành không thuộc Quý I.')).toBeVisible()
  await add.getByLabel('Hạn hoàn thành (không bắt buộc)').fill('2020-03-31')
  await add.getByRole('button', { name: 'Thêm nhiệm vụ' }).click()
  await expect(staff.getByTestId('draft-task')).toHaveCount(1)
  const add2 = staff.getByRole('form', { name: 'Thêm nhiệm vụ' })
  await add2.getByLabel('Thời gian thực hiện').selectOption('Q2')
  await add2.getByLabel('Nội dung nhiệm vụ').fill('Sơ kết 6 tháng đầu năm')
  await add2.getByRole('button', { name: 'Thêm nhiệm vụ' }).click()
  await expect(staff.getByTestId('draft-task')).toHaveCount(2)

  await staff.getByRole('link', { name: '← Xem kế hoạch' }).click()
  await expect(staff).toHaveURL(/\/ke-hoach\/[0-9a-f-]{36}$/)
  const planUrl = staff.url()
  await staff.getByRole('button', { name: 'Trình lãnh đạo ban hành' }).click()
  await expect(staff.getByTestId('plan-status')).toHaveText('Chờ ban hành')

  // 2. The leader issues it; it gets a number.
  const leader = await browser.newPage()
  await loginAndLand(leader, 'lanhdao.longthanh')
  await leader.goto(planUrl)
  const issue = leader.getByRole('form', { name: 'Ban hành kế hoạch' })
  await issue.getByLabel('Ngày ban hành').fill('2019-06-01')
  await issue.getByRole('button', { name: 'Ban hành' }).click()
  await expect(issue.getByText('Ngày ban hành phải thuộc năm 2020 (hoặc quý IV năm 2019).')).toBeVisible()
  await issue.getByLabel('Ngày ban hành').fill('2020-02-26')
  await issue.getByRole('button', { name: 'Ban hành' }).click()
  await expect(leader.getByTestId('plan-status')).toHaveText('Đã ban hành')
  await expect(leader.getByText(/Số \d+\/KH-UBND, ngày/)).toBeVisible()

  // 3. The commune creates its implementing plan from it: legal basis and tasks prefilled.
  const commune = await browser.newPage()
  await loginAndLand(commune, 'noivu.anphuoc')
  const communeId = workspaceId(commune)
  await openPlan(commune, communeId, TITLE)
  await commune.getByRole('button', { name: 'Xây dựng kế hoạch thực hiện' }).click()
  await expect(commune).toHaveURL(/\/sua$/)
  await expect(commune.getByLabel('Căn cứ, thực hiện')).toHaveValue(
    /^Thực hiện Kế hoạch số \d+\/KH-UBND ngày \d\d\/\d\d\/\d{4} của Ủy ban nhân dân huyện Long Thành/,
  )
  await expect(commune.getByTestId('draft-task')).toHaveCount(2)

  // 4. The commune head reports progress on the task the commune leads.
  const head = await browser.newPage()
  await loginAndLand(head, 'thutruong.anphuoc')
  const planId = planUrl.split('/').pop()
  await head.goto(`/o/${workspaceId(head)}/ke-hoach/${planId}`)
  await expect(head.getByTestId('plan-status')).toHaveText('Đã ban hành')
  const task = head.getByTestId('plan-task').filter({ hasText: 'Tổng kết phong trào thi đua năm 2019 ở cấp xã' })
  await task.getByText('Báo cáo tiến độ').click()
  await task.getByLabel('Tình trạng').selectOption('DONE')
  await task.getByLabel('Kết quả thực hiện').fill('Đã tổ chức hội nghị tổng kết ngày 15/3')
  await task.getByRole('button', { name: 'Gửi báo cáo' }).click()
  await expect(task.getByTestId('task-status')).toHaveText('Đã hoàn thành')

  // 5. The district sees the roll-up per commune.
  await staff.goto(planUrl)
  const rollup = staff.getByRole('region', { name: /Triển khai ở cấp dưới/ })
  await expect(rollup.getByRole('row', { name: /xã An Phước/ })).toContainText('Dự thảo')
  await expect(rollup.getByRole('row', { name: /xã Long An/ })).toContainText('Chưa có')
  await expect(staff.getByTestId('plan-task').filter({ hasText: 'ở cấp xã' })).toContainText('Đã hoàn thành')

  // 6. The .docx downloads with the header and the tasks.
  const [download] = await Promise.all([
    staff.waitForEvent('download'),
    staff.getByRole('link', { name: 'Tải về (.docx)' }).click(),
  ])
  const text = docxParagraphs(readFileSync(await download.path())).join('\n')
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc')
  expect(text).toMatch(/Số: \d+\/KH-UBND/)
  expect(text).toContain(TITLE)
  expect(text).toContain('Tổng kết phong trào thi đua năm 2019 ở cấp xã')
  expect(text).toContain('Sơ kết 6 tháng đầu năm')
  expect(text).not.toContain('DỰ THẢO')

  // and the search finds it without diacritics
  await staff.goto(`/o/${district}/ke-hoach?q=so+ket+6+thang`)
  // the district plan and the commune's implementing plan (its tasks were copied)
  await expect(staff.getByRole('link', { name: new RegExp(TITLE) })).toHaveCount(2)
  await staff.goto(`/o/${district}/ke-hoach?q=khong+co+tu+nay`)
  await expect(staff.getByText('Không có kế hoạch nào khớp.')).toBeVisible()
})

test('kế hoạch: người khác tỉnh hoặc xã bên cạnh không mở được kế hoạch', async ({ browser }) => {
  const staff = await browser.newPage()
  await loginAndLand(staff, 'noivu.dongnai')
  await staff.goto(`/o/${workspaceId(staff)}/ke-hoach`)
  await staff.getByRole('link', { name: '52/KH-UBND — Công tác thi đua, khen thưởng năm 2020' }).click()
  await expect(staff).toHaveURL(/\/ke-hoach\/[0-9a-f-]{36}$/)
  const url = staff.url()
  const planId = url.split('/').pop()!

  const other = await browser.newPage()
  await loginAndLand(other, 'quantri.laocai')
  const response = await other.goto(`/o/${workspaceId(other)}/ke-hoach/${planId}`)
  expect(response?.status()).toBe(404)
  const docx = await other.request.get(`/o/${workspaceId(other)}/ke-hoach/${planId}/docx`)
  expect(docx.status()).toBe(404)
})
