// Issue 11 journey in the two-tier tenant (as far as built): phường Cam Đường evaluates its whole staff in
// one table — LĐTT for everyone who passes, CSTĐ cơ sở for the two registered — records its meeting's
// votes, creates the dossier in one step and submits it; the phường's Nội vụ officer finds the nominees
// in the unit's inbox with their appraisal deadlines; the province's hiệp y page lists its bodies.
import { expect, test } from '@playwright/test'
import { loginAndLand, workspaceId } from './support'

test('a commune proposes its whole staff from the year-end table and the dossier carries the votes', async ({
  browser,
}) => {
  const head = await browser.newPage()
  await loginAndLand(head, 'thutruong.camduong')
  await head.goto(`/o/${workspaceId(head)}/ho-so-khen-thuong`)
  await head.getByRole('link', { name: 'Bình xét cuối năm' }).click()
  await expect(head.getByRole('heading', { name: /Bình xét thi đua năm \d{4}/ })).toBeVisible()
  const table = head.getByTestId('evaluation-table')
  const rows = table.locator('tbody tr')
  expect(await rows.count()).toBeGreaterThanOrEqual(50)
  // a person rated only "Hoàn thành nhiệm vụ" cannot be ticked, and says why
  const refused = rows.filter({ hasText: 'Hoàn thành nhiệm vụ' }).filter({ hasText: 'Lao động tiên tiến' }).first()
  await expect(refused.getByRole('checkbox')).toBeDisabled()
  await expect(refused).toContainText('Hoàn thành tốt nhiệm vụ trở lên')
  // the registered CSTĐ cơ sở rows that pass are ticked (a check with no data is shown, not a refusal)
  expect(
    await rows
      .filter({ hasText: 'Chiến sĩ thi đua cơ sở' })
      .filter({ has: head.getByRole('checkbox', { checked: true }) })
      .count(),
  ).toBeGreaterThanOrEqual(2)

  const form = head.getByRole('form', { name: 'Tạo hồ sơ từ kết quả bình xét' })
  await form.getByLabel('Ngày họp').fill('2026-12-01')
  await form.getByLabel('Chủ trì').fill('Nông Thị Hoa')
  await form.getByLabel('Thư ký').fill('Đinh Thị Thủy')
  await form.getByLabel('Số thành viên').fill('52')
  await form.getByLabel('Số có mặt').fill('50')
  const selected = await head.getByTestId('selected-count').innerText()
  const count = Number(/Đã chọn (\d+)/.exec(selected)![1])
  expect(count).toBeGreaterThanOrEqual(40)
  await form.getByRole('button', { name: /Tạo hồ sơ đề nghị/ }).click()

  await expect(head).toHaveURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/)
  await expect(head.getByRole('heading', { name: 'Biên bản họp bình xét' })).toBeVisible()
  await expect(head.getByTestId('evaluation-votes').locator('tbody tr')).toHaveCount(count)
  await expect(head.getByTestId('evaluation-votes')).toContainText('50/50')
  await head.getByRole('button', { name: 'Trình hồ sơ lên cấp trên' }).click()
  await expect(head.getByRole('form', { name: 'Rút hồ sơ' })).toBeVisible()

  // the phường's Nội vụ officer has them all in the unit's inbox, with the appraisal deadlines
  const noivu = await browser.newPage()
  await loginAndLand(noivu, 'noivu.camduong')
  await expect(noivu.getByRole('heading', { name: 'Thời hạn' })).toBeVisible()
  await expect(noivu.getByText(/Hạn gửi hồ sơ khen thưởng tổng kết năm/)).toBeVisible()
  await noivu.goto(`/o/${workspaceId(noivu)}/ho-so-khen-thuong`)
  await expect(noivu.getByTestId('inbox-count')).toHaveText(String(count))

  // the province's secretariat has its consulted bodies ready for the hiệp y
  const province = await browser.newPage()
  await loginAndLand(province, 'noivu.laocai')
  await province.goto(`/o/${workspaceId(province)}/hiep-y`)
  await expect(province.getByRole('heading', { name: 'Hiệp y (xin ý kiến các cơ quan)' })).toBeVisible()
  await expect(province.getByText('Tạo danh sách cơ quan thường xin ý kiến')).toHaveCount(0)
})
