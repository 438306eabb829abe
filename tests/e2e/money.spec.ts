// Issue 9 (money, history): the province's admin sees the dated cash rates with their sources and the
// unconfirmed ones, refuses a bad value next to its field and adds a new base salary; a commune's staff
// imports award history before the app from a file (preview, then save) and sees it on the person's page.
import { expect, test } from '@playwright/test'
import { loginAndLand, workspaceId } from './support'

test('tiền thưởng theo thời gian và lịch sử khen thưởng trước khi dùng phần mềm', async ({ browser }) => {
  test.setTimeout(180_000)
  const admin = await browser.newPage()
  await loginAndLand(admin, 'quantri.dongnai')
  const province = workspaceId(admin)
  await admin.goto(`/o/${province}/quan-tri`)
  await admin.getByRole('link', { name: 'Tiền thưởng và lương cơ sở' }).click()
  await expect(admin.getByRole('heading', { name: 'Tiền thưởng và lương cơ sở' })).toBeVisible()
  await expect(admin.getByText(/mức chưa xác nhận/)).toBeVisible()
  const table = admin.getByRole('table')
  await expect(table.getByRole('row', { name: /2\.340\.000 đ.*Nghị định 73\/2024\/NĐ-CP/ })).toBeVisible()

  const form = admin.getByRole('form', { name: 'Thêm mức tiền thưởng' })
  await form.getByLabel('Mức lương cơ sở (đồng)').fill('hai triệu')
  await form.getByLabel('Áp dụng từ ngày').fill('2027-07-01')
  await form.getByLabel('Căn cứ (văn bản, điều, khoản)').fill('Nghị định 999/2027/NĐ-CP')
  await form.getByRole('button', { name: 'Thêm mức' }).click()
  await expect(form.getByText('Giá trị phải là một số, ví dụ 2.530.000 hoặc 0,3.')).toBeVisible()
  await form.getByLabel('Mức lương cơ sở (đồng)').fill('2.800.000')
  await form.getByLabel(/Đã đối chiếu với văn bản gốc/).check()
  await form.getByRole('button', { name: 'Thêm mức' }).click()
  await expect(admin.getByRole('status').filter({ hasText: 'Đã thêm mức tiền thưởng.' })).toBeVisible()
  await expect(
    table.getByRole('row', { name: /2\.800\.000 đ.*Nghị định 999\/2027\/NĐ-CP.*do tỉnh thêm/ }),
  ).toBeVisible()

  const staff = await browser.newPage()
  await loginAndLand(staff, 'noivu.anphuoc')
  const commune = workspaceId(staff)
  await staff.goto(`/o/${commune}/nhan-su`)
  const firstPerson = staff.getByRole('table').getByRole('link').first()
  const name = (await firstPerson.textContent())!.trim()
  await staff.getByRole('link', { name: 'Nhập lịch sử khen thưởng' }).click()
  const file = (year: string) =>
    Buffer.from(
      [
        '\uFEFFHọ và tên;Đơn vị;Năm;Hình thức;Số quyết định;Ngày quyết định;Cấp quyết định',
        `${name};Ủy ban nhân dân xã An Phước;${year};Giấy khen;05/QĐ-UBND;15/01/2020;UBND huyện Long Thành`,
      ].join('\r\n'),
      'utf8',
    )
  const pick = (year: string) =>
    staff
      .getByLabel(/Tệp lịch sử khen thưởng/)
      .setInputFiles({ name: 'lich-su.csv', mimeType: 'text/csv', buffer: file(year) })
  await pick('19x9')
  await staff.getByRole('button', { name: 'Xem trước' }).click()
  await expect(staff.getByRole('region', { name: 'Xem trước' }).getByText(/Năm phải là số có 4 chữ số/)).toBeVisible()
  await pick('2019')
  await staff.getByRole('button', { name: 'Xem trước' }).click()
  await staff.getByRole('button', { name: 'Lưu 1 dòng lịch sử' }).click()
  await expect(staff.getByText('Đã lưu 1 dòng lịch sử khen thưởng.')).toBeVisible()
  await staff.goto(`/o/${commune}/nhan-su`)
  await staff.getByRole('link', { name }).first().click()
  await expect(staff.getByRole('row', { name: /2019.*Giấy khen.*05\/QĐ-UBND/ })).toBeVisible()
})
