import { useEffect, useState } from 'react'
import { Button, type ButtonProps } from './button'

/**
 * Writes `text` to the clipboard: the Clipboard API, else (no secure context, or the API refused)
 * a hidden textarea and `execCommand('copy')`. Rejects when neither worked.
 */
async function writeClipboard(text: string): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('No Clipboard API')
    await navigator.clipboard.writeText(text)
  } catch (error) {
    const focused = document.activeElement
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.focus()
    area.select()
    const copied = document.execCommand('copy')
    area.remove()
    if (focused instanceof HTMLElement) focused.focus()
    if (!copied) throw error
  }
}

export type CopyButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & {
  /** What is copied. */
  text: string
  /** Names it: the button reads "Copy <what>" (its accessible name, whatever it shows). */
  what: string
}

/**
 * A button that copies `text` and shows "Copied" (or "Copy failed") for two seconds, announced
 * politely; its accessible name stays "Copy <what>".
 */
export function CopyButton({
  text,
  what,
  variant = 'secondary',
  size = 'sm',
  ...props
}: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])
  const label = `Copy ${what}`
  const copy = () =>
    writeClipboard(text).then(
      () => setState('copied'),
      () => setState('failed'),
    )
  return (
    <>
      <Button
        variant={variant}
        size={size}
        data-slot="copy-button"
        aria-label={label}
        onClick={() => void copy()}
        {...props}
      >
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      </Button>
      <span aria-live="polite" className="sr-only">
        {state === 'copied' ? `Copied ${what}` : state === 'failed' ? `Could not copy ${what}` : ''}
      </span>
    </>
  )
}
