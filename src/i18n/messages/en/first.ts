/** The messages the first screens need: they load with the page. */
import shell from './shell';
import wizard from './wizard';

const core = { shell, wizard };
export default core;
