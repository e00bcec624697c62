import { useEffect, useId, useState } from 'react'
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
 * network selector and wallet button (the error screen's fallback when those failed). Below the
 * `lg` breakpoint the navigation and network selector fold into a "Menu" disclosure under the
 * header row (docs/responsive-and-a11y.md); from `lg` up they sit in the row.
 */
export function TopNav({ bare = false }: { bare?: boolean }) {
  const [open, setOpen] = useState(false)
  const menuId = useId()
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open])
  return (
    <header className="border-b border-border bg-surface-raised">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <span className="flex min-w-0 items-center gap-2 font-semibold tracking-tight">
          <img src="favicon.svg" alt="" className="size-6" />
          {/* On the narrowest phones the word gives way so Menu and the wallet share one row. */}
          <span className="whitespace-nowrap max-[420px]:sr-only">0G Compute</span>
        </span>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((o) => !o)}
          className="ml-auto inline-flex h-10 items-center gap-2 rounded-md border border-border px-3 text-sm hover:bg-surface-hover focus-visible:ring-2 focus-visible:ring-accent focus-visible:outline-none lg:hidden"
        >
          <span aria-hidden="true">{open ? '✕' : '☰'}</span>
          Menu
        </button>
        <div
          id={menuId}
          data-open={open}
          className={cn(
            // Phones and tablets: a full-width panel under the header row, shown while open.
            'order-last w-full flex-col gap-2 border-t border-border pt-2',
            open ? 'flex' : 'hidden',
            'lg:order-none lg:flex lg:w-auto lg:flex-1 lg:flex-row lg:items-center lg:gap-4 lg:border-0 lg:pt-0',
          )}
        >
          <nav aria-label="Main" className="flex flex-col gap-1 lg:flex-1 lg:flex-row">
            {links.map((link) => (
              <NavLink
                key={link.to}
                to={link.to}
                end
                onClick={() => setOpen(false)}
                className={({ isActive }) =>
                  cn(
                    'flex h-10 items-center rounded-md px-3 text-sm lg:h-auto lg:py-1.5',
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
          {bare ? null : <NetworkSelector />}
        </div>
        {bare ? null : <ConnectButton />}
      </div>
    </header>
  )
}
