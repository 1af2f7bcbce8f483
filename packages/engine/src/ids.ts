declare const brand: unique symbol;

/** A nominal type: a string that only a trusted constructor may produce. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** A delegation's id: ISO 3166 alpha-3 where one exists (`BRA`, `USA`), else `USSR`, `ROC`, `UAR`, `SG`. */
export type DelegationId = Brand<string, "DelegationId">;

/** A person at the table, issued by the server when they join; never chosen by a client. */
export type PlayerId = Brand<string, "PlayerId">;

export const delegationId = (id: string): DelegationId => id as DelegationId;
export const playerId = (id: string): PlayerId => id as PlayerId;
