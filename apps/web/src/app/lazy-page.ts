import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadFontsAfterFirstPage } from './fonts';

/**
 * A page loaded with its area's module the first time it is shown. The module registers the
 * area's messages when it is evaluated, which is before the page can render. The typeface is
 * requested after the first page's module (see `fonts.ts`).
 */
export function lazyPage<Area>(
  load: () => Promise<Area>,
  pick: (area: Area) => ComponentType,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const area = await load();
    loadFontsAfterFirstPage();
    return { default: pick(area) };
  });
}
