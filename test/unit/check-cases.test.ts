// Every check's test table (test/unit/checks/<id>.cases.ts), run by the CheckTester: the cases its page shows.
import { CHECKS } from '../../src/core/checks';
import { casesOf } from '../support/check-cases';
import { runCheckTests } from '../support/check-tester';

for (const check of Object.values(CHECKS)) runCheckTests(check, casesOf(check.id));
