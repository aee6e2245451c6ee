/**
 * A small schema language of our own: the client protocol's messages are written in it, once, as data.
 * Both ends validate with {@link check}; the TypeScript types of the wire come from the schemas with {@link Infer}.
 */
declare const typeOf: unique symbol;

/** One node of a schema. `secret` strings carry passwords, certificates and tokens: never log them. */
export type SchemaNode =
  | { readonly kind: 'string'; readonly secret: boolean }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'number'; readonly integer: boolean; readonly min: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'nullable'; readonly of: SchemaNode }
  | { readonly kind: 'array'; readonly of: SchemaNode }
  | {
      readonly kind: 'object';
      readonly required: Readonly<Record<string, SchemaNode>>;
      readonly optional: Readonly<Record<string, SchemaNode>>;
    }
  | { readonly kind: 'union'; readonly variants: readonly SchemaNode[] }
  | { readonly kind: 'ref'; readonly name: string; readonly get: () => SchemaNode };

/** A schema node that also carries, for the type checker only, the type of the values it accepts. */
export type Schema<T> = SchemaNode & { readonly [typeOf]?: T };

/** The type of the values a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Fields = Readonly<Record<string, Schema<unknown>>>;
type Flat<T> = { [K in keyof T]: T[K] } & {};
type Shape<R extends Fields, O extends Fields> = Flat<{ readonly [K in keyof R]: Infer<R[K]> } & { readonly [K in keyof O]?: Infer<O[K]> }>;

const as = <T>(node: SchemaNode): Schema<T> => node;

export const string = (): Schema<string> => as({ kind: 'string', secret: false });
/** A password, certificate or token, sent in clear on the wire: the harness wraps it into a `Secret` at once. */
export const secret = (): Schema<string> => as({ kind: 'string', secret: true });
export const oneOf = <V extends string>(...values: readonly V[]): Schema<V> => as({ kind: 'enum', values });
export const integer = (min = 0): Schema<number> => as({ kind: 'number', integer: true, min });
export const number = (min = 0): Schema<number> => as({ kind: 'number', integer: false, min });
export const boolean = (): Schema<boolean> => as({ kind: 'boolean' });
export const literal = <V extends string | number | boolean>(value: V): Schema<V> => as({ kind: 'literal', value });
export const nullable = <T>(of: Schema<T>): Schema<T | null> => as({ kind: 'nullable', of });
export const array = <T>(of: Schema<T>): Schema<readonly T[]> => as({ kind: 'array', of });
export const object = <R extends Fields, O extends Fields = Record<never, never>>(required: R, optional?: O): Schema<Shape<R, O>> =>
  as({ kind: 'object', required, optional: optional ?? {} });
export const union = <V extends readonly Schema<unknown>[]>(...variants: V): Schema<Infer<V[number]>> => as({ kind: 'union', variants });
/** A named schema defined later (for recursive shapes, such as menus in menus). */
export const ref = <T>(name: string, get: () => Schema<T>): Schema<T> => as({ kind: 'ref', name, get });

/** An object with no fields: `{}`. */
export const empty = (): Schema<Record<never, never>> => object({});
