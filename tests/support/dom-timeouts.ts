/**
 * Testing Library's findBy…/waitFor wait 1 s by default. The pane's first screen loads its view
 * and catalogue as chunks (dynamic imports), which on a 2-core machine shared with other work
 * take several seconds: the App tests failed at load 30 with nothing wrong. A wait is there to
 * stop a test that hangs, not to time one (speed is `npm run bench`'s), so it gets the same
 * budget as a test: Jest's testTimeout still ends a real hang.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 20_000 });
