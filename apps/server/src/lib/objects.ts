/** The keys of `T` whose value is not undefined, for updates built from optional request fields. */
export type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/** A copy of `value` without the keys whose value is undefined ("not sent" is not "set to nothing"). */
export function definedOnly<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Defined<T>;
}
