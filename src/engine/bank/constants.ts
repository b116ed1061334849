/**
 * Values the whole engine shares, kept free of Zod: the wizard's first download needs them,
 * and Zod is only loaded with the features that parse untrusted files and links.
 */

/** The four recommendations the product can make. Fixed by the product, not by a bank. */
export const outcomeIds = ['po', 'pm', 'both', 'combined'] as const;
export type OutcomeId = (typeof outcomeIds)[number];

/** The answer a person gives when they do not know: it scores nothing. */
export const UNSURE = 'unsure';

/** Option and question ids: lower-case letters, digits and dashes, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
export const ID_MAX_LENGTH = 40;
