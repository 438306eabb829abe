// Ids of another tenant's (or a sibling's) records in the URL give 404, never data.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { loginAndLand, workspaceId } from './support'

async function expect404(page: Page, url: string) {
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(404)
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
}

test('một tỉnh không xem được đơn vị của tỉnh khác, dù đổi id trên địa chỉ', async ({ browser }) => {
  const laoCai = await browser.newPage()
  await loginAndLand(laoCai, 'quantri.laocai')
  const laoCaiRoot = workspaceId(laoCai)
  await laoCai.close()

  const page = await browser.newPage()
  await loginAndLand(page, 'quantri.dongnai')
  const dongNaiRoot = workspaceId(page)
  await expect404(page, `/o/${laoCaiRoot}/tong-quan`)
  await expect404(page, `/o/${laoCaiRoot}/quan-tri/don-vi`)
  await expect404(page, `/o/${dongNaiRoot}/quan-tri/don-vi/${laoCaiRoot}`)
  await expect404(page, `/o/${dongNaiRoot}/quan-tri/don-vi?cha=${laoCaiRoot}`)
  await expect404(page, `/o/${dongNaiRoot}/quan-tri/don-vi/khong-phai-uuid`)
  // and the page of its own records still works
  await page.goto(`/o/${dongNaiRoot}/quan-tri/don-vi/${dongNaiRoot}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ủy ban nhân dân tỉnh Đồng Nai')
})

test('một xã không vào được xã bên cạnh, huyện hay trang quản trị', async ({ browser }) => {
  const admin = await browser.newPage()
  await loginAndLand(admin, 'quantri.dongnai')
  await admin.getByRole('link', { name: 'Quản trị', exact: true }).click()
  await admin.getByRole('link', { name: 'Cơ cấu tổ chức' }).click()
  await admin.getByRole('link', { name: 'Ủy ban nhân dân huyện Long Thành', exact: true }).click()
  const longAnHref = await admin
    .getByRole('link', { name: 'Ủy ban nhân dân xã Long An', exact: true })
    .getAttribute('href')
  const longAnId = /cha=([0-9a-f-]{36})/.exec(longAnHref ?? '')![1]
  const longThanhId = /cha=([0-9a-f-]{36})/.exec(admin.url())![1]
  await admin.close()

  const page = await browser.newPage()
  await loginAndLand(page, 'thutruong.anphuoc')
  const own = workspaceId(page)
  await expect404(page, `/o/${longAnId}/tong-quan`)
  await expect404(page, `/o/${longThanhId}/tong-quan`)
  await expect404(page, `/o/${own}/quan-tri`)
  await expect404(page, `/o/${own}/quan-tri/don-vi?cha=${longAnId}`)
})

type Records = { root: string; plan: string; person: string; dossier: string; attachment: string }

const uuidIn = (href: string | null, after: string) => new RegExp(`${after}/([0-9a-f-]{36})`).exec(href ?? '')![1]

/**
 * Record ids of one tenant, read from its own pages: a plan (imported from a fixture text), a person,
 * and a draft dossier of the commune head with an attached file.
 */
async function recordsOf(browser: Browser, secretariat: string, head: string): Promise<Records> {
  const staff = await browser.newPage()
  await loginAndLand(staff, secretariat)
  const root = workspaceId(staff)
  await staff.goto(`/o/${root}/ke-hoach/nhap`)
  const importForm = staff.getByRole('form', { name: 'Nhập kế hoạch' })
  await importForm
    .getByLabel('Nội dung kế hoạch')
    .fill(readFileSync(path.resolve(import.meta.dirname, '../fixtures/plans/so-noi-vu.txt'), 'utf8'))
  await importForm.getByRole('button', { name: 'Xem trước' }).click()
  await importForm.getByRole('button', { name: 'Tạo dự thảo từ văn bản này' }).click()
  await expect(staff).toHaveURL(/\/ke-hoach\/[0-9a-f-]{36}\/sua$/)
  const plan = uuidIn(staff.url(), 'ke-hoach')
  await staff.goto(`/o/${root}/nhan-su`)
  const personHref = await staff
    .locator('a[href*="/nhan-su/"]')
    .evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')).find((h) => /\/nhan-su\/[0-9a-f-]{36}/.test(h ?? '')),
    )
  const person = uuidIn(personHref ?? null, 'nhan-su')
  await staff.close()

  const unit = await browser.newPage()
  await loginAndLand(unit, head)
  await unit.goto(`/o/${workspaceId(unit)}/ho-so-khen-thuong/moi`)
  const create = unit.getByRole('form', { name: 'Tạo hồ sơ đề nghị khen thưởng' })
  await create.getByLabel('Năm thi đua').fill('2026')
  await create.getByLabel('Tên hồ sơ (trích yếu tờ trình)').fill('Hồ sơ để kiểm tra cách ly giữa các tỉnh')
  await create.getByRole('button', { name: 'Tạo hồ sơ' }).click()
  await expect(unit).toHaveURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/)
  const dossier = uuidIn(unit.url(), 'ho-so-khen-thuong')
  const upload = unit.getByRole('form', { name: 'Đính kèm tài liệu' })
  await upload.getByLabel(/^Tệp/).setInputFiles({
    name: 'to-trinh.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(`%PDF-1.4\n% tờ trình ${head}\n%%EOF\n`, 'utf8'),
  })
  await upload.getByRole('button', { name: 'Tải lên' }).click()
  const fileLink = unit.locator('a[href*="/tep/"]').first()
  await expect(fileLink).toBeVisible()
  const attachment = uuidIn(await fileLink.getAttribute('href'), 'tep')
  await unit.close()
  return { root, plan, person, dossier, attachment }
}

/** Every record route of `theirs`, opened inside our own workspace and inside theirs. */
function recordUrls(ours: string, theirs: Records) {
  const urls: string[] = []
  for (const ws of [ours, theirs.root]) {
    urls.push(
      `/o/${ws}/ke-hoach/${theirs.plan}`,
      `/o/${ws}/ke-hoach/${theirs.plan}/sua`,
      `/o/${ws}/ke-hoach/${theirs.plan}/in`,
      `/o/${ws}/nhan-su/${theirs.person}`,
      `/o/${ws}/ho-so-khen-thuong/${theirs.dossier}`,
      // the other tenant's dossier id stands in for a decision and a council session of theirs: any
      // record id of another tenant must be a 404 on every record route, including the .docx ones
      `/o/${ws}/ho-so-khen-thuong/quyet-dinh/${theirs.dossier}`,
      `/o/${ws}/hoi-dong/phien/${theirs.dossier}`,
    )
  }
  return urls
}

/** The .docx and file routes answer 404 (or 401 before login) without a page around them. */
function fileUrls(ours: string, theirs: Records) {
  return [ours, theirs.root].flatMap((ws) => [
    `/o/${ws}/ke-hoach/${theirs.plan}/docx`,
    `/o/${ws}/ho-so-khen-thuong/${theirs.dossier}/tep/${theirs.attachment}`,
    `/o/${ws}/ho-so-khen-thuong/quyet-dinh/${theirs.dossier}/docx`,
    `/o/${ws}/hoi-dong/phien/${theirs.dossier}/bien-ban`,
  ])
}

test('hồ sơ, kế hoạch, cán bộ, tệp và văn bản .docx của tỉnh này không mở được từ tỉnh kia, cả hai chiều', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const dongNai = await recordsOf(browser, 'noivu.dongnai', 'thutruong.anphuoc')
  const laoCai = await recordsOf(browser, 'noivu.laocai', 'thutruong.camduong')

  for (const [user, theirs, ours] of [
    ['noivu.dongnai', laoCai, dongNai],
    ['noivu.laocai', dongNai, laoCai],
  ] as const) {
    const page = await browser.newPage()
    await loginAndLand(page, user)
    for (const url of recordUrls(ours.root, theirs)) await expect404(page, url)
    for (const url of fileUrls(ours.root, theirs)) {
      const response = await page.request.get(url)
      expect(response.status(), url).toBe(404)
      expect(await response.text(), url).not.toContain('%PDF')
    }
    // its own records still open
    const own = await page.request.get(`/o/${ours.root}/ke-hoach/${ours.plan}/docx`)
    expect(own.status()).toBe(200)
    await page.goto(`/o/${ours.root}/nhan-su/${ours.person}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.close()
  }
})
