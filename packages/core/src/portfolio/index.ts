export { createAiSystem, updateAiSystem, getAiSystem, listAiSystems } from './portfolio.service';
export {
  listAiSystemVersions,
  getAiSystemVersion,
  diffAiSystemVersions,
} from './portfolio.history';
export {
  listSavedViews,
  createSavedView,
  updateSavedView,
  deleteSavedView,
} from './saved-views.service';
export { getPortfolioFacets } from './portfolio.facets';
