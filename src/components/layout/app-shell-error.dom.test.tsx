import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RouteObject } from 'react-router'
import { RouteError } from '@/components/feedback/route-error'
import { TestId } from '@/lib/test-ids'
import { renderWithProviders } from '@/testing/render-with-providers'
import { AppShell, AppShellError } from './app-shell'
import type { NetworkSelector } from './network-selector'

const failing = vi.hoisted(() => ({ header: false }))

// The header's network selector, made to throw on demand (as when the wallet state is broken).
vi.mock('./network-selector', async (importOriginal) => {
  const real = await importOriginal<{ NetworkSelector: typeof NetworkSelector }>()
  return {
    NetworkSelector: () => {
      if (failing.header) throw new Error('network selector broke')
      return real.NetworkSelector()
    },
  }
})

function Broken(): never {
  throw new Error('stored conversation is corrupt')
}

function Fine() {
  return <p>Marketplace content</p>
}

const navLinks = ['Marketplace', 'Playground', 'Account', 'Verify receipt', 'Settings']

/** The error screen: its words, "Clear local data…" and the main navigation around it. */
async function expectErrorScreen() {
  const error = await screen.findByTestId(TestId.AppError)
  expect(within(error).getByRole('heading', { name: 'This page failed to load' })).toBeTruthy()
  expect(within(error).getByRole('button', { name: 'Clear local data…' })).toBeTruthy()
  expect(within(error).getByRole('link', { name: 'Go to the marketplace' })).toBeTruthy()
  const nav = screen.getByRole('navigation', { name: 'Main' })
  for (const name of navLinks) expect(within(nav).getByRole('link', { name })).toBeTruthy()
  return error
}

describe('error screens', () => {
  // React logs every error a boundary catches; the throw is the point of these tests.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}))
  afterEach(() => {
    vi.restoreAllMocks()
    failing.header = false
  })

  it('a page that throws shows RouteError inside the frame, which keeps the navigation', async () => {
    const routes: RouteObject[] = [
      {
        path: '/',
        Component: AppShell,
        errorElement: <AppShellError />,
        children: [
          { index: true, Component: Fine },
          { path: 'broken', Component: Broken, errorElement: <RouteError /> },
        ],
      },
    ]
    const { user } = await renderWithProviders(null, { routes, route: '/broken' })
    await expectErrorScreen()
    // The frame itself is intact: the network selector is still there.
    expect(screen.getByRole('combobox', { name: 'Network' })).toBeTruthy()
    // The navigation still works from the error screen.
    await user.click(screen.getByRole('link', { name: 'Go to the marketplace' }))
    expect(await screen.findByText('Marketplace content')).toBeTruthy()
    expect(screen.queryByTestId(TestId.AppError)).toBeNull()
  })

  it('a frame that throws shows AppShellError with the navigation and "Clear local data"', async () => {
    const routes: RouteObject[] = [
      { path: '/', Component: Broken, errorElement: <AppShellError />, children: [] },
    ]
    const { user } = await renderWithProviders(null, { routes })
    const error = await expectErrorScreen()
    expect(error.textContent).toContain('stored conversation is corrupt')
    await user.click(within(error).getByRole('button', { name: 'Clear local data…' }))
    expect(within(error).getByRole('button', { name: 'Delete everything' })).toBeTruthy()
    await user.click(within(error).getByRole('button', { name: 'Cancel' }))
    expect(within(error).getByRole('button', { name: 'Clear local data…' })).toBeTruthy()
  })

  it('when the header fails too, the error screen keeps a bare navigation', async () => {
    failing.header = true
    const routes: RouteObject[] = [
      { path: '/', Component: Broken, errorElement: <AppShellError />, children: [] },
    ]
    await renderWithProviders(null, { routes })
    await expectErrorScreen()
    expect(screen.queryByRole('combobox', { name: 'Network' })).toBeNull()
  })
})
