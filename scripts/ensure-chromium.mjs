#!/usr/bin/env node
// Makes sure Debian's Chromium is present for the browser tests. Playwright's own browser
// downloads are not used: the tests drive the system Chromium at /usr/bin/chromium.
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'

const CHROMIUM = '/usr/bin/chromium'

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.error) {
    console.error(`ensure-chromium: could not run ${command}: ${result.error.message}`)
    return false
  }
  if (result.status !== 0) {
    console.error(`ensure-chromium: ${command} ${args.join(' ')} exited with ${result.status}`)
    return false
  }
  return true
}

if (isExecutable(CHROMIUM)) process.exit(0)

if (process.getuid?.() !== 0) {
  console.error(
    [
      `ensure-chromium: ${CHROMIUM} was not found. The browser tests use Debian's Chromium.`,
      'Install it with:',
      '',
      '    sudo apt-get update && sudo apt-get install -y chromium',
      '',
      'then run the tests again. (Playwright browser downloads are not used.)',
    ].join('\n'),
  )
  process.exit(1)
}

console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium package.`)
const installed = run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])
if (!installed || !isExecutable(CHROMIUM)) {
  console.error(
    `ensure-chromium: installing chromium failed; ${CHROMIUM} is still not available. ` +
      'Check the apt output above (network access to the Debian mirror is needed).',
  )
  process.exit(1)
}
console.log(`ensure-chromium: installed ${CHROMIUM}.`)
