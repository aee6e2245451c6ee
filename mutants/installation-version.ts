/** The version the portal installs today (kept here: mutants may not import the fakes). */
export const currentVersionOf = (): string => '15.0.4569.1503';
