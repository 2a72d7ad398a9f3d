import type { AiSystemDto, ModelCardDto } from '@vigil/contracts';
import { metricRows } from '../card/MetricsTable';
import { formatMetricResult } from '../card/cardText';

/** Long card text cut to fit one printed page; the full card stays one click away. */
export function brief(text: string | null | undefined, maxLength = 420): string {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return 'Not provided';
  return trimmed.length > maxLength ? `${trimmed.slice(0, maxLength - 1).trimEnd()}…` : trimmed;
}

/** The facts a label shows, from the card where there is one and from the record otherwise. */
export function labelFacts(system: AiSystemDto, card: ModelCardDto | null) {
  const c = card?.card;
  return {
    intendedUse: brief(c?.usesAndDirections.intendedUseAndWorkflow || system.intendedUse),
    users: brief(c?.usesAndDirections.primaryIntendedUsers || system.intendedUsers, 200),
    population: brief(
      c?.usesAndDirections.targetedPatientPopulation || system.patientPopulation,
      240,
    ),
    outOfScope: brief(c?.usesAndDirections.cautionedOutOfScopeSettings, 300),
    risks: brief(c?.warnings.knownRisksAndLimitations, 360),
    biases: brief(c?.warnings.knownBiasesOrEthicalConsiderations, 300),
    clinicalRisk: brief(c?.warnings.clinicalRiskLevel, 120),
    metrics: c
      ? metricRows(c)
          .slice(0, 8)
          .map(({ group, result }) => ({
            group,
            label: result.label,
            value: formatMetricResult(result),
          }))
      : [],
  };
}
