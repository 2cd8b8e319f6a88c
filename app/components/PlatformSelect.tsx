import { PLATFORM_PROFILES, type PlatformProfile } from '../../parser/types'
import { usePlayground } from '../store/index'

/** Which platform era the parser emulates (engine.md §7); the manifest's by default. */
export function PlatformSelect() {
  const choice = usePlayground((state) => state.platformChoice)
  const stated = usePlayground((state) => state.format?.manifestPlatform ?? null)
  const current = usePlayground((state) => state.format?.platform ?? null)
  const setChoice = usePlayground((state) => state.setPlatformChoice)
  const value = choice ?? current ?? ''

  return (
    <label className="platform-select">
      Platform
      <select
        aria-label="Platform era the parser emulates"
        value={value}
        disabled={current === null}
        onChange={(event) => {
          const picked = PLATFORM_PROFILES.find((profile) => profile === event.target.value)
          // Picking the manifest's era again goes back to following the manifest.
          if (picked) setChoice(picked === stated ? null : picked)
        }}
      >
        {PLATFORM_PROFILES.map((profile: PlatformProfile) => (
          <option key={profile} value={profile}>
            {profile === stated ? `${profile} (manifest)` : profile}
          </option>
        ))}
      </select>
    </label>
  )
}
