/** The bank's parts served by scripts/bank-parts-plugin.ts. */
declare module '*.json?part=core' {
  const core: unknown;
  export default core;
}
declare module '*.json?part=result' {
  const result: unknown;
  export default result;
}
