import { expect, test } from '@playwright/test'
import { login, loginAndLand } from './support'

const ROLES: { username: string; role: string; unit: string; admin: boolean }[] = [
  { username: 'quantri.dongnai', role: 'Quản trị', unit: 'Ủy ban nhân dân tỉnh Đồng Nai', admin: true },
  {
    username: 'noivu.dongnai',
    role: 'Cán bộ Nội vụ (Thường trực Hội đồng)',
    unit: 'Ủy ban nhân dân tỉnh Đồng Nai',
    admin: false,
  },
  { username: 'lanhdao.dongnai', role: 'Lãnh đạo', unit: 'Ủy ban nhân dân tỉnh Đồng Nai', admin: false },
  {
    username: 'hoidong.dongnai',
    role: 'Thành viên Hội đồng TĐKT',
    unit: 'Ủy ban nhân dân tỉnh Đồng Nai',
    admin: false,
  },
  { username: 'thutruong.anphuoc', role: 'Thủ trưởng đơn vị', unit: 'Ủy ban nhân dân xã An Phước', admin: false },
  { username: 'xem.dongnai', role: 'Người xem', unit: 'Ủy ban nhân dân tỉnh Đồng Nai', admin: false },
  { username: 'quantri.laocai', role: 'Quản trị', unit: 'Ủy ban nhân dân tỉnh Lào Cai', admin: true },
]

test.describe('đăng nhập', () => {
  for (const account of ROLES) {
    test(`${account.username} đăng nhập và vào không gian làm việc của mình`, async ({ page }) => {
      await loginAndLand(page, account.username)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(account.unit)
      await expect(page.getByTestId('roles-here')).toContainText(account.role)
      const nav = page.getByRole('navigation', { name: 'Chức năng' })
      for (const section of ['Tổng quan', 'Kế hoạch', 'Đăng ký thi đua', 'Hồ sơ khen thưởng', 'Hội đồng']) {
        await expect(nav.getByRole('link', { name: section })).toBeVisible()
      }
      await expect(nav.getByRole('link', { name: 'Quản trị' })).toHaveCount(account.admin ? 1 : 0)
    })
  }

  test('sai mật khẩu hiện thông báo rõ ràng và không vào được', async ({ page }) => {
    await login(page, 'noivu.longthanh', 'sai-mat-khau-9')
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible()
    await expect(page.getByLabel('Mật khẩu')).toBeVisible()
    await expect(page).toHaveURL(/\/dang-nhap/)
  })

  test('bỏ trống trường báo lỗi ngay cạnh trường', async ({ page }) => {
    await page.goto('/dang-nhap')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page.getByText('Vui lòng nhập tên đăng nhập.')).toBeVisible()
    await expect(page.getByLabel('Tên đăng nhập')).toHaveAttribute('aria-invalid', 'true')
  })

  test('người chưa đăng nhập bị chuyển về trang đăng nhập', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/dang-nhap/)
    await page.goto('/o/00000000-0000-4000-8000-000000000000/quan-tri/don-vi')
    await expect(page).toHaveURL(/\/dang-nhap/)
  })

  test('người dùng thuộc nhiều đơn vị chuyển qua lại giữa các đơn vị, rồi đăng xuất', async ({ page }) => {
    await loginAndLand(page, 'lanhdao.longthanh')
    const heading = page.getByRole('heading', { level: 1 })
    // lands on the highest unit first: the provincial council it sits on
    await expect(heading).toHaveText('Ủy ban nhân dân tỉnh Đồng Nai')
    await expect(page.getByTestId('roles-here')).toHaveText('Thành viên Hội đồng TĐKT')
    await page.getByLabel('Đơn vị làm việc').selectOption({ label: 'Ủy ban nhân dân huyện Long Thành' })
    await expect(heading).toHaveText('Ủy ban nhân dân huyện Long Thành')
    await expect(page.getByTestId('roles-here')).toHaveText('Lãnh đạo')
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await expect(page).toHaveURL(/\/dang-nhap/)
    await page.goto('/')
    await expect(page).toHaveURL(/\/dang-nhap/)
  })
})
