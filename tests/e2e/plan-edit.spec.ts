// Editing a long plan as an office works it (issue 14, ADR 0023), on the demo's issued provincial plan:
// its revision is drafted, a task moved up with a button, a second editor told of the change, the task
// table saved at once (a wrong cell refuses it all), two rows pasted from Excel after a preview, and
// the print view shows the result in order.
import { expect, test } from '@playwright/test'
import { login, workspaceId } from './support'

test('sửa kế hoạch dài: đổi thứ tự, sửa dạng bảng, dán hai dòng từ Excel, xem bản in', async ({ page }) => {
  test.setTimeout(150_000)
  await login(page, 'noivu.dongnai')
  // the first page of a freshly started server may take a while on a loaded machine
  await expect(page).toHaveURL(/\/o\/[0-9a-f-]{36}\/tong-quan$/, { timeout: 30_000 })
  const orgId = workspaceId(page)
  await page.goto(`/o/${orgId}/ke-hoach`)
  await page.getByRole('link', { name: '52/KH-UBND — Công tác thi đua, khen thưởng năm 2020' }).click()
  await page.getByRole('button', { name: 'Tạo bản sửa đổi' }).click()
  await expect(page).toHaveURL(/\/ke-hoach\/[0-9a-f-]{36}\/sua$/)
  const editUrl = page.url()
  const tasks = page.getByTestId('draft-task')
  await expect(tasks).toHaveCount(4)
  await expect(tasks.first()).toContainText('Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2020')

  // a second tab opened on the same draft, before the first one changes it
  const second = await page.context().newPage()
  await second.goto(editUrl)

  // 1. reorder with the buttons: the second task of Quý I goes up
  const pact = tasks.filter({ hasText: 'Tổ chức ký kết giao ước thi đua' })
  await expect(pact.getByRole('button', { name: 'Chuyển xuống' })).toBeDisabled()
  await pact.getByRole('button', { name: 'Chuyển lên' }).click()
  await expect(tasks.first()).toContainText('Tổ chức ký kết giao ước thi đua')
  await expect(tasks.first().getByRole('button', { name: 'Chuyển lên' })).toBeDisabled()

  // the second tab's edit is refused, not saved over the first
  await second
    .getByTestId('draft-task')
    .filter({ hasText: 'Sơ kết công tác thi đua' })
    .getByRole('button', { name: 'Chuyển sang' })
    .click()
  await expect(second.getByRole('alert').filter({ hasText: 'Vui lòng chọn thời gian thực hiện.' })).toBeVisible()
  await second
    .getByTestId('draft-task')
    .filter({ hasText: 'Sơ kết công tác thi đua' })
    .getByLabel('Chuyển sang thời gian')
    .selectOption({ label: 'Quý III và IV' })
  await second
    .getByTestId('draft-task')
    .filter({ hasText: 'Sơ kết công tác thi đua' })
    .getByRole('button', { name: 'Chuyển sang' })
    .click()
  await expect(second.getByRole('alert').filter({ hasText: 'Kế hoạch đã được người khác sửa' })).toContainText(
    'tải lại trang',
  )
  await second.close()

  // 2. the table: a wrong cell refuses the whole table, kept as typed; corrected, it saves at once
  const table = page.getByRole('form', { name: 'Bảng nhiệm vụ' })
  const newText = 'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2020 bằng hội nghị trực tuyến.'
  await table.getByLabel('Nội dung nhiệm vụ, dòng 3', { exact: true }).fill(newText)
  await table.getByLabel('Hạn hoàn thành, dòng 1', { exact: true }).fill('2020-12-31')
  await table.getByRole('button', { name: 'Lưu bảng' }).click()
  await expect(table.getByText('Dòng 1: Hạn hoàn thành không thuộc Quý I.')).toBeVisible()
  await expect(table.getByRole('alert').first()).toContainText('Chưa lưu gì: 1 dòng cần sửa (dòng 1)')
  await expect(table.getByLabel('Nội dung nhiệm vụ, dòng 3', { exact: true })).toHaveValue(newText)
  await expect(tasks.filter({ hasText: newText })).toHaveCount(0)
  await table.getByLabel('Hạn hoàn thành, dòng 1', { exact: true }).fill('2020-03-15')
  await table.getByRole('button', { name: 'Lưu bảng' }).click()
  await expect(table.getByRole('status')).toHaveText('Đã lưu 2 nhiệm vụ đã sửa.')
  await expect(tasks.filter({ hasText: newText })).toHaveCount(1)

  // 3. two rows copied from Excel (tab-separated, one cell empty): preview, then add
  const paste = page.getByRole('form', { name: 'Dán nhiệm vụ' })
  await paste
    .getByLabel('Các dòng nhiệm vụ')
    .fill(
      'Kiểm tra công tác thi đua, khen thưởng tại các huyện\tQuý III\tSở Nội vụ\n' +
        'Biểu dương điển hình tiên tiến trong phong trào “Đồng Nai chung sức”\t\t\n',
    )
  await paste
    .getByLabel('Thời gian thực hiện cho các dòng không ghi thời gian')
    .selectOption({ label: 'Quý III và IV' })
  await paste.getByRole('button', { name: 'Xem trước' }).click()
  const preview = paste.getByTestId('paste-preview-row')
  await expect(preview).toHaveCount(2)
  await expect(preview.first()).toContainText('Quý III')
  await expect(preview.first()).toContainText('Sở Nội vụ tỉnh Đồng Nai')
  await expect(preview.nth(1)).toContainText('Quý III và IV')
  await expect(preview.nth(1)).toContainText('Chưa giao')
  await paste.getByRole('button', { name: 'Thêm 2 nhiệm vụ' }).click()
  await expect(paste.getByRole('status').first()).toHaveText('Đã thêm 2 nhiệm vụ.')
  await expect(tasks).toHaveCount(6)
  await expect(paste.getByLabel('Các dòng nhiệm vụ')).toHaveValue('')

  // 4. the print view shows the document in its new order
  await page.goto(editUrl.replace(/\/sua$/, '/in'))
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
  const at = (s: string) => {
    const i = text.indexOf(s)
    expect(i, `"${s}" in the print view`).toBeGreaterThanOrEqual(0)
    return i
  }
  expect(at('Tổ chức ký kết giao ước thi đua')).toBeLessThan(at('Ban hành Kế hoạch công tác thi đua'))
  expect(at(newText)).toBeLessThan(at('Kiểm tra công tác thi đua, khen thưởng tại các huyện'))
  expect(at('Kiểm tra công tác thi đua, khen thưởng tại các huyện')).toBeLessThan(
    at('Tổng kết công tác thi đua, khen thưởng năm 2020'),
  )
  expect(at('Tổng kết công tác thi đua, khen thưởng năm 2020')).toBeLessThan(
    at('Biểu dương điển hình tiên tiến trong phong trào “Đồng Nai chung sức”'),
  )
})
