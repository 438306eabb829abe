import { expect, type Page } from '@playwright/test'

export const PASSWORD = 'Demo@2026'

export async function login(page: Page, username: string, password = PASSWORD) {
  await page.goto('/dang-nhap')
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
}

export async function loginAndLand(page: Page, username: string) {
  await login(page, username)
  await expect(page).toHaveURL(/\/o\/[0-9a-f-]{36}\/tong-quan$/)
}

/** The organisation id of the workspace the page is in. */
export function workspaceId(page: Page) {
  const match = /\/o\/([0-9a-f-]{36})\//.exec(page.url())
  if (!match) throw new Error(`not in a workspace: ${page.url()}`)
  return match[1]
}
