import type { Scenario } from '../../parser/index'

/** What a scenario means for a SOC analyst; the ATT&CK technique is plain text, nothing is fetched. */
export function ScenarioNote({ scenario }: { scenario: Scenario }) {
  return (
    <section className="scenario-note" aria-label={`Scenario: ${scenario.title}`}>
      <h3>{scenario.title}</h3>
      <p>{scenario.meaning}</p>
      <p>
        <strong>Why it matters: </strong>
        {scenario.why}
      </p>
      {scenario.next.length > 0 && (
        <>
          <h4>Next steps</h4>
          <ul>
            {scenario.next.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </>
      )}
      {scenario.attack && (
        <p className="scenario-attack">
          MITRE ATT&CK {scenario.attack.id} · {scenario.attack.name}
        </p>
      )}
    </section>
  )
}
