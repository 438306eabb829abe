import { expect, type Browser, type Page } from '@playwright/test'

export const PASSWORD = 'Demo@2026'

export async function login(page: Page, username: string, password = PASSWORD) {
  await page.goto('/dang-nhap')
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
}

export async function loginAndLand(page: Page, username: string) {
  await login(page, username)
  // a first sign-in on a busy machine (password hashing, a cold server) may take longer than a page
  await expect(page).toHaveURL(/\/o\/[0-9a-f-]{36}\/tong-quan$/, { timeout: 30_000 })
}

/** The organisation id of the workspace the page is in. */
export function workspaceId(page: Page) {
  const match = /\/o\/([0-9a-f-]{36})\//.exec(page.url())
  if (!match) throw new Error(`not in a workspace: ${page.url()}`)
  return match[1]
}

/** A new page signed in as `username`. */
export async function as(browser: Browser, username: string) {
  const page = await browser.newPage()
  await loginAndLand(page, username)
  return page
}

/** The same path under another user's workspace. */
export const inWorkspace = (page: Page, path: string) => `/o/${workspaceId(page)}${path}`

export async function nomineeCard(page: Page, award: RegExp) {
  return page.getByRole('article').filter({ has: page.getByText(award) })
}

/** Opens a council session for every nominee offered, takes the roll, lets each member vote, counts. */
export async function runCouncil(
  browser: Browser,
  secretariat: Page,
  opts: { present: [string, string][]; absent: [string, string][]; against: string[]; only?: RegExp },
) {
  // opts.present / absent: [username, full name]; against: usernames voting "Không đồng ý" on every item
  await secretariat.goto(inWorkspace(secretariat, '/hoi-dong'))
  await secretariat.getByText('Mở phiên họp mới').click()
  const open = secretariat.getByRole('form', { name: 'Mở phiên họp xét khen thưởng' })
  // every nominee offered, or only those whose line matches `only` (e.g. one form of award)
  const boxes = opts.only ? open.getByRole('checkbox', { name: opts.only }) : open.getByRole('checkbox')
  for (const box of await boxes.all()) await box.check()
  await open.getByRole('button', { name: 'Mở phiên họp' }).click()
  await expect(secretariat).toHaveURL(/\/hoi-dong\/phien\/[0-9a-f-]{36}$/)
  const sessionUrl = new URL(secretariat.url()).pathname // /o/<council's unit>/hoi-dong/phien/<id>
  const roll = secretariat.getByRole('form', { name: 'Điểm danh thành viên' })
  for (const [, name] of opts.present) await roll.getByLabel(name).check()
  await roll.getByRole('button', { name: 'Lưu điểm danh' }).click()
  await expect(roll.getByRole('status')).toBeVisible()

  for (const [username] of opts.present) {
    const member = await as(browser, username)
    await member.goto(sessionUrl) // members hold a role at the council's unit
    const ballot = member.getByRole('form', { name: 'Phiếu biểu quyết của tôi' })
    const choice = opts.against.includes(username) ? 'Không đồng ý' : 'Đồng ý'
    for (const group of await ballot.getByRole('group').all()) await group.getByLabel(choice, { exact: true }).check()
    await ballot.getByRole('button', { name: 'Gửi phiếu' }).click()
    await expect(ballot.getByRole('status')).toBeVisible()
    await member.close()
  }
  for (const [, name] of opts.absent) {
    await secretariat.reload()
    const written = secretariat.getByRole('form', { name: 'Nhập phiếu bằng văn bản của thành viên vắng mặt' })
    await written.getByLabel('Thành viên vắng mặt gửi phiếu').selectOption({ label: name })
    for (const group of await written.getByRole('group').all())
      await group.getByLabel('Đồng ý', { exact: true }).check()
    await written.getByRole('button', { name: 'Lưu phiếu bằng văn bản' }).click()
    await expect(written.getByRole('status')).toBeVisible()
  }
  await secretariat.getByRole('button', { name: 'Kết thúc phiên họp và kiểm phiếu' }).click()
  await expect(secretariat.getByText(/Đạt|Không đạt/).first()).toBeVisible()
}

/** A nominee's card on a dossier page, by a text it holds (the person's name). */
export const cardWith = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text })

/** "1.404.000 đ" → 1404000; "—" → 0 */
export const money = (text: string | null) => Number((text ?? '').replace(/\D/g, '') || 0)

/** The unit head creates a dossier of `year` from the "new dossier" page; returns its id. */
export async function createDossierAs(head: Page, year: string, title: string) {
  await head.goto(inWorkspace(head, '/ho-so-khen-thuong/moi'))
  const create = head.getByRole('form', { name: 'Tạo hồ sơ đề nghị khen thưởng' })
  await create.getByLabel('Năm thi đua').fill(year)
  await create.getByLabel('Tên hồ sơ (trích yếu tờ trình)').fill(title)
  await create.getByRole('button', { name: 'Tạo hồ sơ' }).click()
  await expect(head).toHaveURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/)
  return head.url().split('/').pop()!
}
