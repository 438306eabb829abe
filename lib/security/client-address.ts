// The client's address, taken only from what a configured trusted proxy wrote. The browser can send any
// X-Forwarded-For it likes, and `next start` keeps a header it finds there, so without a proxy in front the
// header proves nothing: with TRUSTED_PROXY_HOPS=0 (the default) the address is unknown (null). Behind N
// proxies that each append the address they saw (nginx `$proxy_add_x_forwarded_for`, most load balancers),
// the client is the N-th entry from the right: entries further left were written by the client.
import { isIP } from 'node:net'
import { readEnv } from '../env'

type HeaderSource = { get(name: string): string | null }

/** The number of trusted proxies in front of the app (0: none, the address is unknown). */
export function trustedProxyHops(): number {
  return readEnv('TRUSTED_PROXY_HOPS') ?? 0
}

export function clientAddress(headers: HeaderSource, hops = trustedProxyHops()): string | null {
  if (hops === 0) return null
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const candidate = chain[chain.length - hops]
  if (!candidate) return null
  const bare = candidate.replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1')
  return isIP(bare) ? bare : null
}
