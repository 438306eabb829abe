// Tenant administration: organisation tree and accounts, including a user thrown out on deactivation.
import { expect, test } from '@playwright/test'
import { login, loginAndLand } from './support'

test('quản trị thêm, đổi tên đơn vị; dữ liệu sai được báo cạnh trường và không lưu gì', async ({ page }) => {
  await loginAndLand(page, 'quantri.dongnai')
  await page.getByRole('link', { name: 'Quản trị', exact: true }).click()
  await page.getByRole('link', { name: 'Cơ cấu tổ chức' }).click()
  await page.getByRole('link', { name: 'Ủy ban nhân dân huyện Cẩm Mỹ', exact: true }).click()

  const form = page.getByRole('form', { name: 'Thêm đơn vị trực thuộc' })
  await form.getByRole('button', { name: 'Thêm đơn vị' }).click()
  await expect(
    form.getByText('Tên đơn vị phải có ít nhất 2 ký tự.').or(form.getByText('Vui lòng nhập tên đơn vị.')),
  ).toBeVisible()
  await expect(form.getByText('Vui lòng chọn loại đơn vị.')).toBeVisible()

  await form.getByLabel('Tên đơn vị', { exact: true }).fill('Ủy ban nhân dân xã Thừa Đức')
  await form.getByLabel('Loại đơn vị').selectOption('CHINH_QUYEN')
  await form.getByRole('button', { name: 'Thêm đơn vị' }).click()
  await expect(form.getByRole('status')).toHaveText('Đã thêm đơn vị.')
  const row = page.getByRole('row', { name: /Ủy ban nhân dân xã Thừa Đức/ })
  await expect(row).toContainText('Cấp xã')

  // same name again: refused next to the field
  await form.getByLabel('Tên đơn vị', { exact: true }).fill('Ủy ban nhân dân xã Thừa Đức')
  await form.getByLabel('Loại đơn vị').selectOption('CHINH_QUYEN')
  await form.getByRole('button', { name: 'Thêm đơn vị' }).click()
  await expect(form.getByText('Đã có đơn vị cùng tên trực thuộc đơn vị cấp trên này.')).toBeVisible()
  await expect(page.getByRole('row', { name: /Ủy ban nhân dân xã Thừa Đức/ })).toHaveCount(1)

  await row.getByRole('link', { name: /Sửa/ }).click()
  const rename = page.getByRole('form', { name: 'Đổi tên đơn vị' })
  await rename.getByLabel('Tên đơn vị').fill('Ủy ban nhân dân xã Thừa Đức mới')
  await rename.getByRole('button', { name: 'Lưu' }).click()
  await expect(rename.getByRole('status')).toHaveText('Đã lưu tên đơn vị.')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ủy ban nhân dân xã Thừa Đức mới')
})

test('hai người sửa cùng một đơn vị: người lưu sau nhận thông báo xung đột', async ({ browser }) => {
  const first = await browser.newPage()
  const second = await browser.newPage()
  for (const page of [first, second]) {
    await loginAndLand(page, 'quantri.dongnai')
    await page.goto(page.url().replace('/tong-quan', '/quan-tri/don-vi'))
    await page.getByRole('link', { name: 'Sửa Ban Quản lý các Khu công nghiệp Đồng Nai' }).click()
    // both forms are loaded before the first save: a click does not wait for the page it opens
    await expect(page.getByLabel('Tên viết tắt', { exact: true })).toBeVisible()
  }
  await first.getByLabel('Tên viết tắt').fill('BQL KCN')
  await first.getByRole('button', { name: 'Lưu' }).click()
  await expect(first.getByRole('status')).toHaveText('Đã lưu tên đơn vị.')
  await second.getByLabel('Tên viết tắt').fill('Ban KCN')
  await second.getByRole('button', { name: 'Lưu' }).click()
  await expect(second.getByRole('alert').first()).toContainText('vừa được người khác thay đổi')
  await second.reload()
  await expect(second.getByLabel('Tên viết tắt')).toHaveValue('BQL KCN')
})

test('tài khoản bị ngừng hoạt động bị đăng xuất ở lần thao tác kế tiếp', async ({ browser }) => {
  const user = await browser.newPage()
  await loginAndLand(user, 'thutruong.longan')

  const admin = await browser.newPage()
  await loginAndLand(admin, 'quantri.dongnai')
  await admin.goto(admin.url().replace('/tong-quan', '/quan-tri/tai-khoan'))
  await admin.getByLabel('Tìm theo họ tên hoặc tên đăng nhập').fill('Bùi Thị An')
  await admin.getByRole('button', { name: 'Tìm' }).click()
  await admin.getByRole('link', { name: 'Bùi Thị An' }).click()
  await admin.getByRole('button', { name: 'Ngừng hoạt động tài khoản' }).click()
  await expect(admin.getByRole('status')).toHaveText('Đã cập nhật trạng thái tài khoản.')

  await user.reload()
  await expect(user).toHaveURL(/\/dang-nhap\?phien=het-han/)
  await expect(user.getByRole('status')).toContainText('Phiên làm việc đã kết thúc')
  await user.getByLabel('Tên đăng nhập').fill('thutruong.longan')
  await user.getByLabel('Mật khẩu').fill('Demo@2026')
  await user.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(user.getByText('Tài khoản đã ngừng hoạt động. Vui lòng liên hệ quản trị đơn vị.')).toBeVisible()

  // reactivated, the account works again (and later journeys can use it)
  await admin.reload()
  await admin.getByRole('button', { name: 'Kích hoạt lại tài khoản' }).click()
  await expect(admin.getByRole('status')).toHaveText('Đã cập nhật trạng thái tài khoản.')
  await user.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(user).toHaveURL(/\/o\/[0-9a-f-]{36}\/tong-quan$/)
})

test('quản trị tạo tài khoản mới với vai trò tại một xã; tài khoản đó đăng nhập được', async ({ browser }) => {
  const admin = await browser.newPage()
  await loginAndLand(admin, 'quantri.dongnai')
  await admin.goto(admin.url().replace('/tong-quan', '/quan-tri/tai-khoan'))
  const form = admin.getByRole('form', { name: 'Tạo tài khoản' })
  await form.getByLabel('Họ và tên').fill('Trịnh Văn Mới')
  await form.getByLabel('Tên đăng nhập').fill('trinhvan.moi')
  await form.getByLabel('Mật khẩu ban đầu').fill('ngan')
  await form.getByLabel('Đơn vị').selectOption({ label: '— — Ủy ban nhân dân xã Bình Sơn' })
  await form.getByLabel('Vai trò').selectOption('UNIT_HEAD')
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click()
  await expect(form.getByText('Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.')).toBeVisible()
  await form.getByLabel('Mật khẩu ban đầu').fill('MatKhau2026')
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click()
  await expect(form.getByRole('status')).toHaveText('Đã tạo tài khoản.')

  const user = await browser.newPage()
  await login(user, 'trinhvan.moi', 'MatKhau2026')
  await expect(user.getByRole('heading', { level: 1 })).toHaveText('Ủy ban nhân dân xã Bình Sơn')
  await expect(user.getByTestId('roles-here')).toHaveText('Thủ trưởng đơn vị')
})
