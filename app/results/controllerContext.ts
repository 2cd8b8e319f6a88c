import { createContext, useContext } from 'react'
import type { PlaygroundController } from './controller'

export const ControllerContext = createContext<PlaygroundController | null>(null)

export function useController(): PlaygroundController {
  const controller = useContext(ControllerContext)
  if (!controller) throw new Error('useController needs a ControllerContext provider')
  return controller
}
