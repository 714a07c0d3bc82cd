'use client'

import { useModal } from '@payloadcms/ui'
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react'

/** The close button in a document drawer's header: Payload asks there before discarding changes. */
const headerClose = '.doc-drawer__header-close'

/** The open modal (drawer or dialog) opened last, which Escape would close. */
const latestOpen = (state: Record<string, { isOpen?: boolean; openedOn?: number }>): string | undefined =>
  Object.entries(state)
    .filter(([, modal]) => modal.isOpen && typeof modal.openedOn === 'number')
    .sort(([, a], [, b]) => (b.openedOn ?? 0) - (a.openedOn ?? 0))[0]?.[0]

/**
 * Keeps a drawer's unsaved input from being thrown away. The modal library closes the latest
 * drawer on any Escape, even one a select used to close its dropdown, and the blurred area
 * beside a drawer closes it without a word. Here an Escape a control has handled closes nothing
 * more, and Escape or a click beside a document drawer act as its close button, which asks
 * (Payload's "Ohne Speichern verlassen") when the form has changes.
 * Registered before the modal library's own listener (effects run child first), so it can stop it.
 */
export const DrawerGuard = ({ children }: { children?: ReactNode }) => {
  const { modalState } = useModal()
  const state = useRef(modalState)
  useEffect(() => {
    state.current = modalState
  }, [modalState])

  useLayoutEffect(() => {
    /** The header close button of the drawer a key or click would close, if it is a document drawer. */
    const closeButtonOf = (slug: string | undefined): HTMLElement | null =>
      (slug && document.getElementById(slug)?.querySelector<HTMLElement>(headerClose)) || null

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      if (event.defaultPrevented) {
        event.stopImmediatePropagation()
        return
      }
      const close = closeButtonOf(latestOpen(state.current))
      if (!close) return
      event.stopImmediatePropagation()
      close.click()
    }
    const onClick = (event: MouseEvent) => {
      const beside = (event.target as Element | null)?.closest?.('.drawer__close')
      const close = closeButtonOf(beside?.closest('dialog')?.id)
      if (!close) return
      event.preventDefault()
      event.stopPropagation()
      close.click()
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('click', onClick, true)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('click', onClick, true)
    }
  }, [])

  return children
}
