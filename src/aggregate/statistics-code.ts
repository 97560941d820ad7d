// The code of the statistics, imported only once the files are read and only when the report
// has statistics (reportSettings): with it come the @stdlib distributions, some 440 KB of the
// bundle that `--no-stats` never parses.
export { departmentStatistics } from './department-statistics.js';
export { gapTests } from './gap-tests.js';
export { organizationAlpha } from './organization-alpha.js';
