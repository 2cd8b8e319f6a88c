import { useEffect, useState } from 'react'
import { useController } from '../results/controllerContext'
import { usePlayground } from '../store/index'

/**
 * Whether the current parser reproduces each user sample, by name; asked of the worker again
 * whenever the samples, the parser or the framing setting change. Missing while unknown.
 */
export function useUserSampleStatus(): ReadonlyMap<string, boolean> {
  const controller = useController()
  const samples = usePlayground((state) => state.userSamples)
  const rev = usePlayground((state) => state.format?.rev)
  const framing = usePlayground((state) => state.framing)
  const [status, setStatus] = useState<ReadonlyMap<string, boolean>>(new Map())

  useEffect(() => {
    if (rev === undefined) return
    let current = true
    void controller.checkUserSamples([...samples], framing).then((results) => {
      // A newer effect has asked since: its answer, not this one, describes the samples shown.
      if (current && results) {
        setStatus(new Map(results.map((result) => [result.name, result.pass])))
      }
    })
    return () => {
      current = false
    }
  }, [controller, samples, rev, framing])

  return status
}
