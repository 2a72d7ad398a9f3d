import {
  aiSystemCategories,
  aiSystemCategoryLabels,
  aiSystemKindLabels,
  aiSystemKinds,
  aiSystemSourceLabels,
  aiSystemSources,
  deploymentModeLabels,
  deploymentModes,
  dsiTypeLabels,
  dsiTypes,
  euAiActRiskLabels,
  euAiActRisks,
  fdaStatuses,
  fdaStatusLabels,
  imdrfCategories,
  initialStates,
  lifecycleStateLabels,
  lifecycleStates,
  type LifecycleState,
} from '@vigil/contracts';

function optionsOf<K extends string>(keys: readonly K[], labels: Record<K, string>) {
  return keys.map((value) => ({ value, label: labels[value] }));
}

export const stateOptions = optionsOf(lifecycleStates, lifecycleStateLabels);
export const initialStateOptions = optionsOf(initialStates, lifecycleStateLabels);
export const kindOptions = optionsOf(aiSystemKinds, aiSystemKindLabels);
export const categoryOptions = optionsOf(aiSystemCategories, aiSystemCategoryLabels);
export const sourceOptions = optionsOf(aiSystemSources, aiSystemSourceLabels);
export const deploymentOptions = optionsOf(deploymentModes, deploymentModeLabels);
export const dsiTypeOptions = optionsOf(dsiTypes, dsiTypeLabels);
export const fdaStatusOptions = optionsOf(fdaStatuses, fdaStatusLabels);
export const euAiActRiskOptions = optionsOf(euAiActRisks, euAiActRiskLabels);
export const imdrfOptions = imdrfCategories.map((value) => ({ value, label: `Category ${value}` }));

export const stateColors: Record<LifecycleState, string> = {
  proposed: 'gray',
  in_review: 'yellow',
  approved_for_pilot: 'cyan',
  deployed: 'green',
  monitored: 'teal',
  suspended: 'orange',
  retired: 'dark',
  declined: 'red',
};

/** Type guard for values coming back from a Select, whose data is one of the option lists. */
export function isOneOf<K extends string>(keys: readonly K[], value: string | null): value is K {
  return value !== null && (keys as readonly string[]).includes(value);
}
