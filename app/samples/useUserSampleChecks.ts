import { useEffect } from 'react'
import { useController } from '../results/controllerContext'
import { usePlayground } from '../store/index'

/**
 * Keeps the store's comparisons of the user samples current: asks the worker again whenever the
 * samples, the parser or the framing setting change. Mounted once, with the samples list.
 */
export function useUserSampleChecks(): void {
  const controller = useController()
  const samples = usePlayground((state) => state.userSamples)
  const rev = usePlayground((state) => state.format?.rev)
  const framing = usePlayground((state) => state.framing)
  const setUserChecks = usePlayground((state) => state.setUserChecks)

  useEffect(() => {
    if (rev === undefined) return
    let current = true
    void controller.checkUserSamples([...samples], framing).then((checks) => {
      // A newer effect has asked since: its answer, not this one, describes the samples shown.
      if (current && checks) setUserChecks(checks)
    })
    return () => {
      current = false
    }
  }, [controller, samples, rev, framing, setUserChecks])
}
