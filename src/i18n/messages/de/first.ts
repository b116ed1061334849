/** The messages the first screens need: they load with the page. */
import type { CoreMessages } from '../../registry';
import shell from './shell';
import wizard from './wizard';

const core: CoreMessages = { shell, wizard };
export default core;
