// A worker thread of `npm run audit:advice`: Node 20 workers do not inherit tsx's loader, so it is registered here.
import { register } from 'tsx/esm/api';

register();
await import('../audit-advice.ts');
