/**
 * Makes sure Debian's Chromium is available for Playwright (we never download a browser build).
 * Missing + root on Debian → apt-get install; otherwise print the command to run and fail.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { CHROMIUM_PATH as CHROMIUM } from './chromium'

function isDebian(): boolean {
  try {
    return /debian/i.test(readFileSync('/etc/os-release', 'utf8'))
  } catch {
    return false
  }
}

if (existsSync(CHROMIUM)) process.exit(0)
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (isRoot && isDebian()) {
  console.log(`${CHROMIUM} is missing: installing Debian's chromium with apt-get…`)
  execFileSync('apt-get', ['update'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (existsSync(CHROMIUM)) process.exit(0)
}
console.error(
  `Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
    'or set CHROMIUM_PATH to a Chromium binary, then run the tests again.',
)
process.exit(1)
