import { NavLink } from 'react-router'
import { paths } from '@/config/paths'
import { cn } from '@/lib/cn'
import { ConnectButton } from './connect-button'
import { NetworkSelector } from './network-selector'

const links = [
  { to: paths.marketplace, label: 'Marketplace' },
  { to: paths.playground, label: 'Playground' },
  { to: paths.account, label: 'Account' },
  { to: paths.verifyReceipt, label: 'Verify receipt' },
  { to: paths.settings, label: 'Settings' },
] as const

/**
 * The header: brand, primary navigation, network selector and wallet button. `bare` leaves out the
 * network selector and wallet button (the error screen's fallback when those failed).
 */
export function TopNav({ bare = false }: { bare?: boolean }) {
  return (
    <header className="border-b border-border bg-surface-raised">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <span className="flex items-center gap-2 font-semibold tracking-tight">
          <img src="favicon.svg" alt="" className="size-6" />
          0G Compute
        </span>
        <nav aria-label="Main" className="flex flex-1 gap-1">
          {links.map((link) => (
            <NavLink
              key={link.to}
              to={link.to}
              end
              className={({ isActive }) =>
                cn(
                  'rounded-md px-3 py-1.5 text-sm',
                  isActive
                    ? 'bg-surface-hover text-foreground'
                    : 'text-muted hover:text-foreground',
                )
              }
            >
              {link.label}
            </NavLink>
          ))}
        </nav>
        {bare ? null : (
          <>
            <NetworkSelector />
            <ConnectButton />
          </>
        )}
      </div>
    </header>
  )
}
