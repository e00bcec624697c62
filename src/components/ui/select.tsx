import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'
import { useFieldControl } from './field'
import { controlClass } from './input'

/** A native select; inside a Field it takes the Field's id and messages. */
export function Select({ className, ...props }: ComponentProps<'select'>) {
  const control = useFieldControl(props)
  return (
    <select
      data-slot="select"
      className={cn(controlClass, 'h-10 max-w-full min-w-0 px-2', className)}
      {...control}
    />
  )
}
