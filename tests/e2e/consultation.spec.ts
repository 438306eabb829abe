// Hiệp y with the consulted body's own account (issue #11, item 3), on the demo data of the two-tier
// tenant: Công an tỉnh Lào Cai signs in, lands on its letters (no workspace, no menu), opens the open
// letter, objects to one nominee with its content; the province's Nội vụ officer sees the objection on
// the hiệp y page and on the dossier; the body's account still opens no workspace page.
import { expect, test } from '@playwright/test'
import { login, loginAndLand, workspaceId } from './support'

test('Công an tỉnh answers its hiệp y letter in the app and the secretariat sees the objection', async ({
  browser,
}) => {
  const police = await browser.newPage()
  await login(police, 'congan.laocai')
  await expect(police).toHaveURL(/\/co-quan-hiep-y$/)
  await expect(police.getByRole('heading', { name: 'Văn bản xin ý kiến hiệp y', level: 1 })).toBeVisible()
  await expect(police.getByRole('navigation', { name: 'Chức năng' })).toHaveCount(0)
  const letters = police.getByTestId('body-letters')
  await expect(letters).toContainText('Ủy ban nhân dân tỉnh Lào Cai')
  await expect(letters).toContainText(/Còn \d+ ngày làm việc/)
  await letters.getByRole('link', { name: /Xin ý kiến hiệp y đề nghị tặng Bằng khen/ }).click()
  await expect(police).toHaveURL(/\/co-quan-hiep-y\/[0-9a-f-]{36}$/)
  const letterUrl = police.url()

  // the least a body needs: name, position and unit, the award proposed
  const card = police.getByTestId('body-letter-nominees').locator('li').filter({ hasText: 'Chức vụ, đơn vị' }).first()
  await expect(card).toContainText('Sở Nội vụ tỉnh Lào Cai')
  await expect(card).toContainText('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')
  const name = (await card.getByRole('heading', { level: 3 }).innerText()).trim()
  const form = card.getByRole('form', { name: `Ý kiến về ${name}` })
  await form.getByLabel('Có vấn đề').check()
  await form.getByRole('button', { name: 'Gửi ý kiến' }).click()
  // the content of the problem is asked for next to its field, and nothing is recorded
  await expect(form.getByText('Ghi nội dung vấn đề của người được đề nghị.')).toBeVisible()
  await expect(form.getByLabel('Nội dung vấn đề')).toHaveAttribute('aria-invalid', 'true')
  const reason = 'Đang bị Cơ quan Cảnh sát điều tra xác minh tin báo về vi phạm quy định quản lý đất đai.'
  await form.getByLabel('Loại vấn đề').selectOption({ label: 'Đang bị điều tra, xem xét xử lý' })
  await form.getByLabel('Nội dung vấn đề').fill(reason)
  await form.getByRole('button', { name: 'Gửi ý kiến' }).click()
  // answered: the nominee is read-only, with the answer sent
  await expect(card.getByTestId('body-reply')).toContainText('Có vấn đề')
  await expect(card.getByTestId('body-reply')).toContainText(reason)
  await expect(card.getByRole('form')).toHaveCount(0)

  // the province's secretariat reads it on the hiệp y page and on the dossier
  const province = await browser.newPage()
  await loginAndLand(province, 'noivu.laocai')
  const orgId = workspaceId(province)
  await province.goto(`/o/${orgId}/hiep-y`)
  const nominee = province
    .getByRole('article')
    .filter({ has: province.getByRole('heading', { name }) })
    .first()
  await expect(nominee.getByTestId('consultation-answers')).toContainText(`Công an tỉnh: Không đồng ý — ${reason}`)
  await expect(nominee.getByTestId('consultation-answers')).toContainText('Thuế tỉnh: Chưa trả lời')
  await province.goto(`/o/${orgId}/ho-so-khen-thuong`)
  await province
    .getByRole('link', { name: /Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2026/ })
    .first()
    .click()
  await expect(province).toHaveURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/)
  const dossierUrl = new URL(province.url()).pathname
  await expect(province.getByTestId('consultation-answers').filter({ hasText: reason })).toHaveCount(1)

  // the body's account opens no workspace page, even with its address
  for (const path of [`/o/${orgId}/tong-quan`, dossierUrl, `/o/${orgId}/nhan-su`, `/o/${orgId}/ke-hoach`]) {
    await police.goto(path)
    await expect(police.getByRole('heading', { name: 'Không tìm thấy trang' }), path).toBeVisible()
  }
  await police.goto('/')
  await expect(police).toHaveURL(/\/co-quan-hiep-y$/)
  // a letter id it was not sent is not found either
  await police.goto(letterUrl.replace(/[0-9a-f]{12}$/, '000000000000'))
  await expect(police.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
  // and the staff's accounts have no body page
  await province.goto('/co-quan-hiep-y')
  await expect(province.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
})
