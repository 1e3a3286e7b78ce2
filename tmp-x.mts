import { demandJsonSchema } from './src/demand/index.ts';
const s = demandJsonSchema('costs-from-demand');
console.log(JSON.stringify(s.properties, null, 1).slice(0, 2500));
console.log(JSON.stringify((s.$defs as any).DemandProjectionOutline.properties.totals, null, 1).slice(0, 2500));
