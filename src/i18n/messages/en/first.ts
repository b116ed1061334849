/** The messages the first screens need: they load with the page. */
import links from './links';
import shell from './shell';
import wizard from './wizard';

const core = { shell, wizard, links };
export default core;
