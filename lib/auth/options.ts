// next-auth configuration: credentials login, JWT session holding only ids and the session version.
// Every request reloads the user (see lib/auth/session.ts), so the token never decides access alone.
// See docs/decisions/0004-auth.md.
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { authenticate } from './login'
import { endSession } from './sign-out'
import { env } from '../env'
import { clientAddress } from '../security/client-address'

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60 // a working day

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // Served over HTTPS (NEXTAUTH_URL), the session cookie is Secure and __Secure- prefixed; HttpOnly and
  // SameSite=Lax always (next-auth's defaults).
  useSecureCookies: (process.env.NEXTAUTH_URL ?? '').startsWith('https://'),
  pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
  providers: [
    CredentialsProvider({
      name: 'Tài khoản',
      credentials: {
        username: { label: 'Tên đăng nhập', type: 'text' },
        password: { label: 'Mật khẩu', type: 'password' },
      },
      async authorize(credentials, req) {
        env()
        const headers = (req?.headers ?? {}) as Record<string, string | string[] | undefined>
        const address = clientAddress({
          get: (name) => {
            const value = headers[name]
            return Array.isArray(value) ? value.join(',') : (value ?? null)
          },
        })
        const result = await authenticate(String(credentials?.username ?? ''), String(credentials?.password ?? ''), {
          address,
        })
        if (!result.ok) throw new Error(result.message)
        return {
          id: result.claims.userId,
          tenantId: result.claims.tenantId,
          sessionVersion: result.claims.sessionVersion,
        }
      },
    }),
  ],
  events: {
    // A copied cookie must stop working at once (issue 10, finding 4).
    async signOut({ token }) {
      await endSession({
        userId: token?.sub,
        tenantId: token?.tenantId as string | undefined,
        sessionVersion: token?.sessionVersion as number | undefined,
      })
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; tenantId: string; sessionVersion: number }
        token.sub = u.id
        token.tenantId = u.tenantId
        token.sessionVersion = u.sessionVersion
      }
      return token
    },
    async session({ session, token }) {
      return {
        expires: session.expires,
        claims: { userId: token.sub, tenantId: token.tenantId, sessionVersion: token.sessionVersion },
      } as typeof session
    },
  },
}
