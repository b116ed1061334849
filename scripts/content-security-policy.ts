import { languagePageScriptHash } from './language-page-script.ts';

/**
 * The app's Content Security Policy: everything from its own origin, no inline code but the one
 * script that takes a visit to its language's page (allowed by its hash), no plugins, no forms
 * posting anywhere. The production build carries it in a meta tag (vite.config.ts); hosts that
 * can set headers should send the header form as well.
 */
const directives = [
  "default-src 'self'",
  `script-src 'self' ${languagePageScriptHash}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** For `<meta http-equiv="Content-Security-Policy">`. */
export const contentSecurityPolicy = directives.join('; ');

/** For the `Content-Security-Policy` HTTP header: frame-ancestors only works there. */
export const contentSecurityPolicyHeader = [...directives, "frame-ancestors 'none'"].join('; ');

/**
 * The header for the embed page (embed.html), which other sites may frame: the same policy,
 * with any web page as an ancestor. A deployment can name its hosts instead of `*`.
 */
export const embedContentSecurityPolicyHeader = [...directives, 'frame-ancestors *'].join('; ');
