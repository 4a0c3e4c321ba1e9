/** The rule docs cite entries of the one source catalogue, so a page reads the same wherever it is cited. */
export { SOURCES } from '../providers/sources';
