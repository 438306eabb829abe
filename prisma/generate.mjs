// postinstall: generate the Prisma client without network access.
// The Prisma CLI wants to download its schema engine first, which `generate` does not use; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any executable stops the download (see docs/decisions/0003).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const stub =
  process.platform === 'win32'
    ? process.execPath
    : (['/bin/true', '/usr/bin/true'].find(existsSync) ?? process.execPath)
const result = spawnSync('npx', ['prisma', 'generate', '--schema', 'prisma/schema.prisma'], {
  stdio: 'inherit',
  env: { PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1', ...process.env },
})
process.exit(result.status ?? 1)
