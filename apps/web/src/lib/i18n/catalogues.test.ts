import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { sv } from './sv';

/**
 * The message catalogues: the common one in the main bundle, one per area of the client, loaded
 * with the area's pages (`app/areas/`). `t` is typed over every key, so these tests check what the
 * types cannot: that Swedish and English agree at run time, that no key is in two catalogues, and
 * that every module only uses messages that are loaded before it can render.
 */

type Messages = Readonly<Record<string, string>>;

const only = (module: Readonly<Record<string, unknown>>): Messages => {
  const [messages] = Object.values(module);
  if (typeof messages !== 'object' || messages === null) throw new Error('a catalogue exports one object');
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, String(text)]));
};

/** Area catalogues by file name without language: `casework` → the Swedish and English objects. */
const byName = (modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>, language: string) =>
  new Map(
    Object.entries(modules).map(([path, module]) => [
      path.replace(/^\.\//u, '').replace(`.${language}.ts`, ''),
      only(module),
    ]),
  );
const areaSv = byName(
  import.meta.glob<Readonly<Record<string, unknown>>>('./*.sv.ts', { eager: true }),
  'sv',
);
const areaEn = byName(
  import.meta.glob<Readonly<Record<string, unknown>>>('./*.en.ts', { eager: true }),
  'en',
);
const catalogues = new Map<string, { readonly sv: Messages; readonly en: Messages }>([
  ['common', { sv, en }],
  ...[...areaSv].map(([name, messages]): [string, { sv: Messages; en: Messages }] => [
    name,
    { sv: messages, en: areaEn.get(name) ?? {} },
  ]),
]);
const allKeys = [...catalogues.values()].flatMap((catalogue) => Object.keys(catalogue.sv));

describe('the catalogues', () => {
  it.each([...catalogues.keys()])('%s has the same keys in Swedish and English', (name) => {
    const catalogue = catalogues.get(name);
    expect(Object.keys(catalogue?.en ?? {}).sort()).toEqual(Object.keys(catalogue?.sv ?? {}).sort());
  });

  it('has every key in one catalogue only (an area could otherwise change a common text)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, catalogue] of catalogues)
      for (const key of Object.keys(catalogue.sv)) {
        const first = seen.get(key);
        if (first) twice.push(`${key}: ${first} and ${name}`);
        seen.set(key, name);
      }
    expect(twice).toEqual([]);
  });

  it('has no empty text', () => {
    const empty = [...catalogues].flatMap(([name, catalogue]) =>
      [...Object.entries(catalogue.sv), ...Object.entries(catalogue.en)]
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => `${name}: ${key}`),
    );
    expect(empty).toEqual([]);
  });
});

// ---- Which module uses which key, and which catalogues are loaded before it renders ----

/** A path relative to `dir` (both under src/, `..` allowed in `relative`) as a path under src/. */
function join(dir: string, relative: string): string {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** Every module of the client, by its path under src/ (`app/main.tsx`). */
const sources: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../../**/*.{ts,tsx}', '!../../**/*.test.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [join('lib/i18n', path), text]),
);

interface Scanned {
  /** Keys written out (`'casework.note.saved'`) or begun (`` `severity.${value}` ``). */
  readonly keys: ReadonlySet<string>;
  /** Modules it imports at run time (type-only imports and `import()` are not followed). */
  readonly imports: readonly string[];
}

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(from.split('/').slice(0, -1).join('/'), specifier);
  return [`${base}.ts`, `${base}.tsx`, base].find((candidate) => candidate in sources) ?? null;
}

function scan(path: string, text: string): Scanned {
  const source = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const keys = new Set<string>();
  const imports: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const typeOnly = ts.isImportDeclaration(node)
        ? node.importClause?.isTypeOnly === true
        : node.isTypeOnly;
      if (!typeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const target = resolve(path, node.moduleSpecifier.text);
        if (target) imports.push(target);
      }
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (allKeys.includes(node.text)) keys.add(node.text);
    } else if (ts.isTemplateExpression(node) && /^[a-zA-Z]+\./u.test(node.head.text)) {
      for (const key of allKeys) if (key.startsWith(node.head.text)) keys.add(key);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { keys, imports };
}

const isCatalogue = (path: string) => /^lib\/i18n\/(?:[\w-]+\.)?(?:sv|en)\.ts$/u.test(path);
const scanned = new Map(Object.entries(sources).map(([path, text]) => [path, scan(path, text)]));

function reachable(root: string): Set<string> {
  const seen = new Set<string>();
  const todo = [root];
  for (let path = todo.pop(); path !== undefined; path = todo.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    todo.push(...(scanned.get(path)?.imports ?? []));
  }
  return seen;
}

/** The main bundle: what `main.tsx` imports, up to the areas the router loads with `import()`. */
const main = reachable('app/main.tsx');

/** Each area: its modules, and the keys of the catalogues its module registers (those it imports). */
const areas = Object.keys(sources)
  .filter((path) => /^app\/areas\/[\w-]+\.ts$/u.test(path))
  .map((path) => {
    const registered = (scanned.get(path)?.imports ?? [])
      .filter(isCatalogue)
      .flatMap((catalogue) =>
        Object.keys(catalogues.get(catalogue.replace(/^lib\/i18n\/|\.(sv|en)\.ts$/gu, ''))?.sv ?? {}),
      );
    return { path, modules: reachable(path), keys: new Set([...Object.keys(sv), ...registered]) };
  });

describe('the messages of every module', () => {
  it('are found: the main bundle and every area', () => {
    expect(main.has('app/layout/app-layout.tsx')).toBe(true);
    expect(areas.map((area) => area.path)).toContain('app/areas/casework.ts');
    for (const area of areas) expect(main.has(area.path), `${area.path} is loaded lazily`).toBe(false);
  });

  it('are loaded before the module can render', () => {
    const missing: string[] = [];
    for (const [path, { keys }] of scanned) {
      if (isCatalogue(path) || keys.size === 0) continue;
      const loadedBy = main.has(path)
        ? [new Set(Object.keys(sv))]
        : areas.filter((area) => area.modules.has(path)).map((area) => area.keys);
      for (const key of keys)
        if (loadedBy.some((loaded) => !loaded.has(key))) missing.push(`${path}: ${key}`);
    }
    expect(missing).toEqual([]);
  });
});
