import 'next-auth/jwt'

declare module 'next-auth/jwt' {
  interface JWT {
    tenantId?: string
    sessionVersion?: number
  }
}
