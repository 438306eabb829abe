// Issue 11 journey, the December cycle in the two-tier tenant (the law in force): phường Cam Đường evaluates
// its whole staff in one table — LĐTT for everyone who passes, CSTĐ cơ sở for the two registered — records
// its meeting's votes, creates the dossier in one step and submits it; its Nội vụ officer appraises the
// whole list at once, its council votes the CSTĐ cơ sở, its chairman approves everyone at once and signs one
// decision per form. A department and another commune send Bằng khen tỉnh and CSTĐ cấp tỉnh proposals;
// the province compiles them into one tờ trình (.docx, .xlsx), sends the hiệp y, the police object to one
// nominee, the council votes, and the objected nominee cannot be approved while the others are decided.
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import { as, inWorkspace, loginAndLand, runCouncil, workspaceId } from './support'

const OVERRIDE = 'Đã đối chiếu hồ sơ gốc, thành tích được cơ quan chủ quản xác nhận.'

/** A unit head proposes one award for each of the first people offered, submits; returns the names. */
async function propose(page: Page, awards: string[]) {
  await page.goto(inWorkspace(page, '/ho-so-khen-thuong/moi'))
  const create = page.getByRole('form', { name: 'Tạo hồ sơ đề nghị khen thưởng' })
  await create.getByLabel('Năm thi đua').fill('2026')
  await create.getByLabel('Tên hồ sơ (trích yếu tờ trình)').fill('Đề nghị khen thưởng cấp tỉnh năm 2026')
  await create.getByRole('button', { name: 'Tạo hồ sơ' }).click()
  await expect(page).toHaveURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/)
  const names: string[] = []
  for (const [i, award] of awards.entries()) {
    const add = page.getByRole('form', { name: 'Thêm người được đề nghị' })
    const person = add.getByRole('combobox', { name: 'Cá nhân' })
    await person.selectOption({ index: i + 1 })
    names.push((await person.locator('option:checked').textContent())!.split(' — ')[0].trim())
    await add.getByLabel('Hình thức khen thưởng đề nghị').selectOption(award)
    await add
      .getByLabel('Tóm tắt thành tích')
      .fill('Hoàn thành xuất sắc nhiệm vụ năm 2026, có sáng kiến được công nhận.')
    await add.getByRole('button', { name: 'Thêm vào hồ sơ' }).click()
    await expect(page.getByRole('article')).toHaveCount(i + 1)
  }
  await page.getByRole('button', { name: 'Trình hồ sơ lên cấp trên' }).click()
  await expect(page.getByRole('form', { name: 'Rút hồ sơ' })).toBeVisible()
  return { names, path: new URL(page.url()).pathname.replace(/^\/o\/[0-9a-f-]{36}/, '') }
}

/** The nominee's card on a dossier page, by the person's name. */
const card = (page: Page, name: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: `${name} (cá nhân)` }) })

/** Issues the decision of one form of award on the "Ra quyết định" page, every row of it ticked. */
async function decide(page: Page, award: string, signer: string) {
  await page.goto(inWorkspace(page, '/ho-so-khen-thuong/quyet-dinh/moi'))
  const form = page.getByRole('form', { name: `Ban hành quyết định khen thưởng: ${award}` })
  await form.getByLabel('Họ tên người ký').fill(signer)
  await form.getByRole('button', { name: 'Ban hành quyết định' }).click()
  await expect(page).toHaveURL(/\/quyet-dinh\/[0-9a-f-]{36}$/)
}

test('the December cycle: a phường proposes and decides its whole staff; the province compiles, consults and decides', async ({
  browser,
}) => {
  test.setTimeout(600_000)
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

  // the Nội vụ officer appraises the whole list in one step
  const dossierPath = new URL(head.url()).pathname
  await noivu.goto(dossierPath)
  const bulk = noivu.getByRole('form', { name: 'Xử lý nhiều người cùng lúc' })
  await expect(bulk.getByTestId('bulk-selected')).toHaveText(`Đã chọn ${count} người (tập thể)`)
  await bulk.getByRole('button', { name: `Thẩm định ${count} người đã chọn` }).click()
  await expect(noivu.getByRole('button', { name: 'Thẩm định lại' })).toHaveCount(count)

  // the phường's council votes the two CSTĐ cơ sở (LĐTT needs no council)
  await runCouncil(browser, noivu, {
    present: [
      ['lanhdao.camduong', 'Hoàng Văn Quý'],
      ['noivu.camduong', 'Đinh Thị Thủy'],
      ['hoidong1.camduong', 'Lương Thị Xuân'],
      ['hoidong2.camduong', 'Nông Văn Tiến'],
      ['hoidong3.camduong', 'Phùng Thị Liên'],
    ],
    absent: [],
    against: [],
    only: /Chiến sĩ thi đua cơ sở/,
  })

  // the chairman approves everyone at once and signs one decision per form
  const chairman = await as(browser, 'lanhdao.camduong')
  await chairman.goto(dossierPath)
  const approve = chairman.getByRole('form', { name: 'Xử lý nhiều người cùng lúc' })
  await approve.getByRole('button', { name: `Phê duyệt ${count} người đã chọn` }).click()
  await expect(chairman.getByTestId('dossier-status')).toContainText(`${count} đã phê duyệt`)
  await decide(chairman, 'Lao động tiên tiến', 'Hoàng Văn Quý')
  await expect(chairman.getByText(/\d+\/QĐ-UBND/).first()).toBeVisible()
  await decide(chairman, 'Chiến sĩ thi đua cơ sở', 'Hoàng Văn Quý')
  await chairman.goto(inWorkspace(chairman, '/ho-so-khen-thuong/quyet-dinh/moi'))
  await expect(chairman.getByText('Chưa có người được đề nghị nào đã phê duyệt đang chờ ra quyết định.')).toBeVisible()

  // a department and another commune send their provincial proposals
  const department = await propose(await as(browser, 'thutruong.sogddt'), ['CSTD_TINH', 'BANG_KHEN_TINH'])
  const commune = await propose(await as(browser, 'thutruong.sapa'), ['BANG_KHEN_TINH'])
  const [cstd, bkDepartment] = department.names
  const [bkCommune] = commune.names
  const CSTD = 'Chiến sĩ thi đua cấp tỉnh'
  const BK = 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'
  const sent: [string, string][] = [
    [cstd, CSTD],
    [bkDepartment, BK],
    [bkCommune, BK],
  ]

  // the province compiles them into one tờ trình and downloads its list
  const province = await as(browser, 'noivu.laocai')
  await province.goto(inWorkspace(province, '/ho-so-khen-thuong/tong-hop'))
  const compiled = province.getByTestId('compile-table')
  for (const [name, award] of sent) await compiled.getByRole('checkbox', { name: `Chọn ${name} (${award})` }).check()
  await expect(province.getByTestId('compile-selected')).toHaveText('Đã chọn 3 người (tập thể)')
  await province.getByLabel('Trích yếu tờ trình').fill('Đề nghị khen thưởng tổng kết năm 2026')
  await province.getByRole('button', { name: 'Lập tờ trình từ 3 người đã chọn' }).click()
  await expect(province).toHaveURL(/\/tong-hop\/[0-9a-f-]{36}$/)
  const [docx] = await Promise.all([
    province.waitForEvent('download'),
    province.getByRole('link', { name: /tờ trình kèm danh sách \(\.docx\)/ }).click(),
  ])
  expect((await readFile((await docx.path())!)).subarray(0, 2).toString()).toBe('PK')
  const [xlsx] = await Promise.all([
    province.waitForEvent('download'),
    province.getByRole('link', { name: /danh sách đề nghị \(\.xlsx\)/ }).click(),
  ])
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ExcelJS.Buffer)
  const cells: string[] = []
  book.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))))
  for (const name of [cstd, bkDepartment, bkCommune]) expect(cells.some((c) => c.includes(name))).toBe(true)

  // the hiệp y goes to the police and the tax office; the police object to the commune's nominee
  await province.goto(inWorkspace(province, '/hiep-y'))
  const send = province.getByRole('form', { name: 'Gửi văn bản xin ý kiến' })
  await send.getByLabel('Công an tỉnh').check()
  await send.getByLabel('Thuế tỉnh').check()
  for (const [name, award] of sent) await send.getByLabel(`${name} — ${award}`, { exact: true }).check()
  await send.getByRole('button', { name: 'Gửi xin ý kiến' }).click()
  await expect(send.getByRole('status')).toBeVisible()
  const objection = province.getByRole('form', { name: `Ghi ý kiến: Công an tỉnh về ${bkCommune}` })
  await objection.getByLabel('Ý kiến').selectOption('OBJECTION')
  await objection.getByLabel('Loại vụ việc').selectOption('INVESTIGATION')
  await objection.getByLabel('Lý do').fill('Đang bị điều tra về vi phạm quy định quản lý đất đai')
  await objection.getByLabel('Văn bản trả lời (số, ngày)').fill('Công văn số 215/CAT-PV01 ngày 08/12/2026')
  await objection.getByRole('button', { name: 'Ghi ý kiến' }).click()
  // the answer is recorded: the form gives way to the police's objection under the nominee
  await expect(objection).toHaveCount(0)
  await expect(province.getByRole('article').filter({ hasText: bkCommune }).first()).toContainText(
    'Đang bị điều tra về vi phạm quy định quản lý đất đai',
  )

  // the province appraises each; the objection is a block no reason can lift
  for (const [path, name] of [
    [department.path, cstd],
    [department.path, bkDepartment],
    [commune.path, bkCommune],
  ] as const) {
    await province.goto(inWorkspace(province, path))
    const nominee = card(province, name)
    await nominee.getByLabel('Lý do vượt qua tiêu chí chưa đạt (nếu có)').fill(OVERRIDE)
    await nominee.getByRole('button', { name: 'Thẩm định' }).click()
    await expect(nominee.getByRole('button', { name: 'Thẩm định lại' })).toBeVisible()
  }
  await expect(card(province, bkCommune)).toContainText('điều tra')

  // the council votes the CSTĐ cấp tỉnh
  await runCouncil(browser, province, {
    present: [
      ['lanhdao.laocai', 'Vàng A Chứ'],
      ['hoidong1.laocai', 'Giàng Seo Phử'],
      ['hoidong2.laocai', 'Nguyễn Thị Thu Hà'],
      ['hoidong3.laocai', 'Lò Văn Hùng'],
      ['hoidong4.laocai', 'Vũ Thị Hồng Nhung'],
      ['hoidong5.laocai', 'Trần Đức Thịnh'],
      ['hoidong6.laocai', 'Hà Văn Nghĩa'],
    ],
    absent: [],
    against: [],
    only: /Chiến sĩ thi đua cấp tỉnh/,
  })

  // the leader approves the two that passed; the objected one is refused with its reason
  const leader = await as(browser, 'lanhdao.laocai')
  await leader.goto(inWorkspace(leader, department.path))
  for (const name of [cstd, bkDepartment]) {
    await card(leader, name).getByRole('button', { name: 'Phê duyệt', exact: true }).click()
    await expect(card(leader, name)).toContainText('Đã phê duyệt')
  }
  await leader.goto(inWorkspace(leader, commune.path))
  const objected = card(leader, bkCommune)
  await objected.getByRole('button', { name: 'Phê duyệt', exact: true }).click()
  await expect(objected.getByRole('alert')).toContainText('Lý do thẩm định không thay thế được điều kiện này')
  await decide(leader, 'Chiến sĩ thi đua cấp tỉnh', 'Vàng A Chứ')
  await expect(leader.getByText(cstd).first()).toBeVisible()
  await decide(leader, 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Vàng A Chứ')
  await expect(leader.getByText(bkDepartment).first()).toBeVisible()
  await expect(leader.getByText(bkCommune)).toHaveCount(0)
})
