import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/render-with-providers'
import { TopNav } from './top-nav'

/** The Menu disclosure and the panel it controls (CSS shows the panel only while open below lg). */
function menu() {
  const button = screen.getByRole('button', { name: 'Menu' })
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '')
  if (!panel) throw new Error('the Menu button controls no element')
  return { button, panel }
}

describe('TopNav menu (phones and tablets)', () => {
  it('starts closed and holds the main navigation', async () => {
    await renderWithProviders(<TopNav bare />)
    const { button, panel } = menu()
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(panel.getAttribute('data-open')).toBe('false')
    expect(panel.classList.contains('hidden')).toBe(true)
    const nav = within(panel).getByRole('navigation', { name: 'Main' })
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Marketplace', 'Playground', 'Account', 'Verify receipt', 'Settings'])
  })

  it('opens and closes with the button', async () => {
    const r = await renderWithProviders(<TopNav bare />)
    const { button, panel } = menu()
    await r.user.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(panel.classList.contains('hidden')).toBe(false)
    await r.user.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(panel.classList.contains('hidden')).toBe(true)
  })

  it('closes when a link is followed, and navigates', async () => {
    const r = await renderWithProviders(<TopNav bare />)
    const { button, panel } = menu()
    await r.user.click(button)
    await r.user.click(within(panel).getByRole('link', { name: 'Account' }))
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(r.router.state.location.pathname).toBe('/account')
    expect(within(panel).getByRole('link', { name: 'Account' }).getAttribute('aria-current')).toBe(
      'page',
    )
  })

  it('closes on Escape', async () => {
    const r = await renderWithProviders(<TopNav bare />)
    const { button, panel } = menu()
    await r.user.click(button)
    within(panel).getByRole('link', { name: 'Playground' }).focus()
    await r.user.keyboard('{Escape}')
    expect(button.getAttribute('aria-expanded')).toBe('false')
  })
})
