/**
 * Set-up of the unit project. `npm test` runs it beside the browser tests, so both cores are busy: Testing
 * Library's default of 1 s for a `findBy…` query (a worker's or a file reader's result to show) is then too short
 * for a correct component (seen once in CI). The query still fails, after 10 s, when the result never comes.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
