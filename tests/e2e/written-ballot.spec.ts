// Issue 10, finding 7: a council session that votes on paper. The commune proposes a Giấy khen (year 2023,
// so no other journey's nominee is touched); the district secretariat opens a paper session for it, takes the
// roll call, is told next to the field when the scan is no PDF/JPEG/PNG and when a nominee's counts do not
// add up to the ballots returned, then enters the counting record with its scan: the session closes with the
// result, the record and the downloadable scan.
import { expect, test } from '@playwright/test'
import { as, createDossierAs, inWorkspace } from './support'

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
)
const PRESENT = ['Đặng Văn Hùng', 'Đinh Thị Kim Oanh', 'Ngô Văn Thắng', 'Tạ Thị Bích Ngọc']

test('phiếu giấy: Thường trực nhập biên bản kiểm phiếu kèm bản chụp, phiên họp kết thúc với kết quả', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  // 1. The commune head proposes a Giấy khen for 2023 for someone who is neither the demo dossier's nominee
  //    (the chairman) nor the first or last of the list (the other journeys take those)
  const head = await as(browser, 'thutruong.anphuoc')
  await createDossierAs(head, '2023', 'Đề nghị khen thưởng năm 2023 (phiếu giấy)')
  const add = head.getByRole('form', { name: 'Thêm người được đề nghị' })
  const person = add.getByRole('combobox', { name: 'Cá nhân' })
  const options = await person.locator('option').all()
  let chosen = ''
  for (let i = 2; i < options.length - 1 && !chosen; i++) {
    const text = (await options[i].textContent()) ?? ''
    if (!/Chủ tịch/.test(text)) chosen = (await options[i].getAttribute('value')) ?? ''
  }
  expect(chosen).not.toBe('')
  await person.selectOption(chosen)
  const personName = (await person.locator('option:checked').textContent())!.split(' — ')[0].trim()
  await add.getByLabel('Hình thức khen thưởng đề nghị').selectOption('GIAY_KHEN')
  await add.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ năm 2023.')
  await add.getByRole('button', { name: 'Thêm vào hồ sơ' }).click()
  await expect(head.getByRole('article')).toHaveCount(1)
  await head.getByRole('button', { name: 'Trình hồ sơ lên cấp trên' }).click()
  await expect(head.getByRole('article')).toContainText('Đang xem xét tại Ủy ban nhân dân huyện Long Thành')
  await head.close()

  // 2. The district secretariat opens a paper session for that nominee only, and takes the roll call
  const secretariat = await as(browser, 'noivu.longthanh')
  await secretariat.goto(inWorkspace(secretariat, '/hoi-dong'))
  await secretariat.getByText('Mở phiên họp mới').click()
  const open = secretariat.getByRole('form', { name: 'Mở phiên họp xét khen thưởng' })
  await open.getByLabel('Tên phiên họp').fill('Phiên họp xét Giấy khen năm 2023 (phiếu giấy)')
  await open.getByLabel(/Bỏ phiếu kín bằng phiếu giấy/).check()
  await open.getByRole('checkbox', { name: `${personName} — Giấy khen` }).check()
  await open.getByRole('button', { name: 'Mở phiên họp' }).click()
  await expect(secretariat).toHaveURL(/\/hoi-dong\/phien\/[0-9a-f-]{36}$/)
  await expect(secretariat.getByText('Biểu quyết bằng phiếu giấy')).toBeVisible()
  // no electronic closing on a paper session
  await expect(secretariat.getByRole('button', { name: 'Kết thúc phiên họp và kiểm phiếu' })).toHaveCount(0)
  const roll = secretariat.getByRole('form', { name: 'Điểm danh thành viên' })
  for (const name of PRESENT) await roll.getByLabel(name).check()
  await roll.getByRole('button', { name: 'Lưu điểm danh' }).click()
  await expect(roll.getByRole('status')).toBeVisible()
  await secretariat.reload()

  // 3. The counting record: a scan that is no PDF by its content is refused next to the field …
  const record = () => secretariat.getByRole('form', { name: 'Nhập kết quả kiểm phiếu' })
  const fill = async (counts: { agree: string; disagree: string; invalid: string }, file: Buffer, fileName: string) => {
    const f = record()
    await f.getByLabel('Số phiếu phát ra').fill('4')
    await f.getByLabel('Số phiếu thu vào').fill('4')
    await f.getByLabel(`Đồng ý — ${personName}`, { exact: true }).fill(counts.agree)
    await f.getByLabel(`Không đồng ý — ${personName}`, { exact: true }).fill(counts.disagree)
    await f.getByLabel(`Không hợp lệ — ${personName}`, { exact: true }).fill(counts.invalid)
    await f.getByLabel('Ban kiểm phiếu (mỗi họ tên một dòng)').fill('Đinh Thị Kim Oanh\nTạ Thị Bích Ngọc')
    await f.getByLabel(/Bản chụp biên bản kiểm phiếu có chữ ký/).setInputFiles({
      name: fileName,
      mimeType: 'application/pdf',
      buffer: file,
    })
    await f.getByRole('button', { name: 'Lưu kết quả kiểm phiếu và kết thúc phiên họp' }).click()
  }
  await fill({ agree: '3', disagree: '1', invalid: '0' }, Buffer.from('<html>không phải PDF</html>'), 'bien-ban.pdf')
  await expect(record().getByRole('alert').filter({ hasText: 'phải là tệp PDF, ảnh JPEG hoặc PNG' })).toBeVisible()
  // … counts that do not add up to the ballots returned are refused next to the nominee's row …
  await fill({ agree: '3', disagree: '0', invalid: '0' }, PDF, 'bien-ban-kiem-phieu.pdf')
  await expect(
    record()
      .getByRole('alert')
      .filter({ hasText: `${personName}: đồng ý 3 + không đồng ý 0 + không hợp lệ 0 = 3` }),
  ).toBeVisible()
  await expect(secretariat.getByTestId('session-status')).toHaveText('Đang họp')
  // … and the right record closes the session: 3 of 5 members agree, more than half of the membership
  await fill({ agree: '3', disagree: '1', invalid: '0' }, PDF, 'bien-ban-kiem-phieu.pdf')
  await expect(secretariat.getByTestId('session-status')).toHaveText('Đã kết thúc')
  const agenda = secretariat.getByRole('table', { name: /kết quả biểu quyết/ })
  const row = agenda.getByRole('row').filter({ hasText: personName })
  await expect(row).toContainText('Đạt')
  await expect(row.getByRole('cell')).toContainText(['3', '1', '0'])
  await expect(secretariat.getByTestId('ballots-returned')).toHaveText('4')
  await expect(secretariat.getByText('Đinh Thị Kim Oanh, Tạ Thị Bích Ngọc')).toBeVisible()
  const download = secretariat.getByRole('link', { name: /Tải bản chụp biên bản kiểm phiếu/ })
  const response = await secretariat.request.get((await download.getAttribute('href'))!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('application/pdf')
  expect(Buffer.compare(await response.body(), PDF)).toBe(0)
  await expect(secretariat.getByRole('form', { name: 'Nhập kết quả kiểm phiếu' })).toHaveCount(0)
})

test('lãnh đạo từ chối, có lý do, vai trò Thành viên Hội đồng do quản trị đề nghị', async ({ browser }) => {
  // the admin asks a council seat for the viewer account: pending, nothing granted yet
  const admin = await as(browser, 'quantri.dongnai')
  await admin.goto(inWorkspace(admin, '/quan-tri/tai-khoan'))
  await admin.getByLabel('Tìm theo họ tên hoặc tên đăng nhập').fill('Đỗ Văn Xem')
  await admin.getByRole('button', { name: 'Tìm' }).click()
  await admin.getByRole('link', { name: 'Đỗ Văn Xem' }).click()
  const grant = admin.getByRole('form', { name: 'Gán vai trò' })
  await grant.getByLabel('Đơn vị').selectOption({ label: 'Ủy ban nhân dân tỉnh Đồng Nai' })
  await grant.getByLabel('Vai trò').selectOption('COUNCIL_MEMBER')
  await grant.getByRole('button', { name: 'Gán vai trò' }).click()
  await expect(grant.getByRole('status')).toContainText('người thứ hai')
  await admin.close()

  // the leader finds it on its own screen and refuses it; a reason is required
  const leader = await as(browser, 'lanhdao.dongnai')
  await leader.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Xác nhận vai trò' }).click()
  await expect(leader.getByRole('heading', { level: 1 })).toHaveText('Xác nhận vai trò')
  const row = leader.getByTestId('pending-grant').filter({ hasText: 'Đỗ Văn Xem' })
  await expect(row).toContainText('Thành viên Hội đồng TĐKT')
  await expect(row).toContainText('Nguyễn Văn Quản')
  await row.locator('summary').click()
  const refuse = row.getByRole('form', { name: /Từ chối/ })
  await refuse.getByLabel('Lý do từ chối').fill('Không')
  await refuse.getByRole('button', { name: /Từ chối/ }).click()
  await expect(refuse.getByText('Lý do từ chối cần ít nhất 10 ký tự.')).toBeVisible()
  await refuse.getByLabel('Lý do từ chối').fill('Chưa có quyết định kiện toàn Hội đồng của Chủ tịch UBND tỉnh')
  await refuse.getByRole('button', { name: /Từ chối/ }).click()
  await expect(leader.getByTestId('pending-grant').filter({ hasText: 'Đỗ Văn Xem' })).toHaveCount(0)
})
