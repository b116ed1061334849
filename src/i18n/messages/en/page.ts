/**
 * English messages: the built page's head, written into each language's page at build time
 * (scripts/prerender-landing.tsx). Never in the app's download. Other languages copy these keys.
 */
const page = {
  /** The meta description search engines and link previews show. */
  description:
    'Role Fit: decide whether your company should hire a Product Owner, a Product Manager, both, or one person for both.',
};
export default page;
