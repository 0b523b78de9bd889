import type { ButtonHTMLAttributes, Ref } from 'react'

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'plain' | 'quiet'
  /** React 19 passes refs as props. */
  ref?: Ref<HTMLButtonElement>
}

/** The one button style: 32 px tall targets with a visible focus ring. */
export function Button({ variant = 'plain', className = '', type = 'button', ...rest }: Props) {
  const look =
    variant === 'quiet'
      ? 'border-transparent bg-transparent hover:bg-surface-2'
      : 'border-line bg-surface hover:bg-surface-2'
  return (
    <button
      type={type}
      className={`btn inline-flex min-h-8 min-w-8 items-center justify-center gap-1 rounded-md border px-2.5 text-sm font-medium text-ink disabled:cursor-not-allowed disabled:opacity-50 ${look} ${className}`}
      {...rest}
    />
  )
}
