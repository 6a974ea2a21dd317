import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page loaded with its area's module the first time it is shown. The module registers the
 * area's messages when it is evaluated, which is before the page can render.
 */
export function lazyPage<Area>(
  load: () => Promise<Area>,
  pick: (area: Area) => ComponentType,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: pick(await load()) }));
}
