import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CodeBlock } from './code-block'
import { CopyButton } from './copy-button'
import { Field } from './field'
import { Input } from './input'
import { Select } from './select'
import { Textarea } from './textarea'

describe('Field', () => {
  it('labels its control and ties the error and help to it', () => {
    render(
      <Field label="Deposit amount" error="Enter an amount." help="Leave 1 0G for fees.">
        <Input />
      </Field>,
    )
    const input = screen.getByLabelText('Deposit amount')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const described = input.getAttribute('aria-describedby')!.split(' ')
    const texts = described.map((id) => document.getElementById(id)?.textContent)
    expect(texts).toEqual(['Enter an amount.', 'Leave 1 0G for fees.'])
    expect(screen.getByRole('alert').textContent).toBe('Enter an amount.')
  })

  it('leaves a valid control unmarked and keeps its own label, description and validity', () => {
    render(
      <>
        <Field label="For" inline>
          <Input aria-label="Days" aria-describedby="outside" />
        </Field>
        <p id="outside">days</p>
        <Field label="Expiry" id="expiry">
          <Select>
            <option>1 day</option>
          </Select>
        </Field>
        <Field label="Prompt" error="Too long">
          <Textarea aria-invalid={false} />
        </Field>
      </>,
    )
    const days = screen.getByRole('textbox', { name: 'Days' })
    expect(days.getAttribute('aria-invalid')).toBe('false')
    expect(days.getAttribute('aria-describedby')).toBe('outside')
    expect(screen.getByLabelText('Expiry').id).toBe('expiry')
    expect(screen.getByLabelText('Prompt').getAttribute('aria-invalid')).toBe('false')
  })
})

describe('CopyButton', () => {
  const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
  afterEach(() => {
    if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard)
    Reflect.deleteProperty(document, 'execCommand')
    vi.restoreAllMocks()
  })

  it('copies through the Clipboard API and says so, keeping its name', async () => {
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    render(<CopyButton text="0xabc" what="API key" />)
    const button = screen.getByRole('button', { name: 'Copy API key' })
    await userEvent.click(button)
    expect(writeText).toHaveBeenCalledWith('0xabc')
    expect(button.textContent).toBe('Copied')
    expect(screen.getByRole('button', { name: 'Copy API key' })).toBe(button)
  })

  it('falls back to execCommand without navigator.clipboard, and reports a failure', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    const copied: string[] = []
    const execCommand = vi.fn(() => {
      copied.push(document.querySelector('textarea')?.value ?? '')
      return copied.length === 1
    })
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    render(<CopyButton text="curl …" what="cURL request" />)
    const button = screen.getByRole('button', { name: 'Copy cURL request' })
    await userEvent.click(button)
    expect(copied).toEqual(['curl …'])
    expect(button.textContent).toBe('Copied')
    expect(document.activeElement).toBe(button)
    expect(document.querySelector('textarea')).toBeNull()

    await waitFor(() => expect(button.textContent).toBe('Copy cURL request'), { timeout: 3000 })
    await userEvent.click(button)
    expect(button.textContent).toBe('Copy failed')
  })
})

describe('CodeBlock', () => {
  it('labels the code with its title and copies the plain code', async () => {
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    render(
      <CodeBlock title="python" code="print(1)" copyWhat="code">
        <span>print</span>(1)
      </CodeBlock>,
    )
    expect(screen.getByLabelText('python').textContent).toBe('print(1)')
    await userEvent.click(screen.getByRole('button', { name: 'Copy code' }))
    expect(writeText).toHaveBeenCalledWith('print(1)')
  })
})
