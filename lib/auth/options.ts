// next-auth configuration: credentials login, JWT session holding only ids and the session version.
// Every request reloads the user (see lib/auth/session.ts), so the token never decides access alone.
// See docs/decisions/0004-auth.md.
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { authenticate } from './login'
import { env, readEnv } from '../env'

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60 // a working day

export const authOptions: NextAuthOptions = {
  secret: readEnv('NEXTAUTH_SECRET'),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
  providers: [
    CredentialsProvider({
      name: 'Tài khoản',
      credentials: {
        username: { label: 'Tên đăng nhập', type: 'text' },
        password: { label: 'Mật khẩu', type: 'password' },
      },
      async authorize(credentials) {
        env()
        const result = await authenticate(String(credentials?.username ?? ''), String(credentials?.password ?? ''))
        if (!result.ok) throw new Error(result.message)
        return {
          id: result.claims.userId,
          tenantId: result.claims.tenantId,
          sessionVersion: result.claims.sessionVersion,
        }
      },
    }),
  ],
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
