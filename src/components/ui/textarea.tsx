import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'
import { useFieldControl } from './field'
import { controlClass } from './input'

/** A multi-line text input (size it with `rows`); inside a Field it takes the Field's id and messages. */
export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  const control = useFieldControl(props)
  return (
    <textarea
      data-slot="textarea"
      className={cn(controlClass, 'min-w-0 px-3 py-2', className)}
      {...control}
    />
  )
}
