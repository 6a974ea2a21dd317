/*
 * Riskguide (DOMAIN.md §4, issue 4): matters, the step-1 screening, assessments (steps 2 and 3)
 * with their results and measures, and the versioned templates. Levels, answers, cells and the
 * template's shape come from `packages/domain/src/riskguide/`. One file per part, in `riskguide/`.
 */
export * from './riskguide/templates';
export * from './riskguide/matters';
export * from './riskguide/matter-import';
export * from './riskguide/screenings';
export * from './riskguide/assessments';
export * from './riskguide/summary';
