import { defineParameterType } from '@cucumber/cucumber';
import { parameterTypes } from '../../src/harness/parameter-types';

/** Cucumber runs the features with the phrasebook's parameter types (src/harness/parameter-types.ts). */
for (const t of parameterTypes) defineParameterType({ name: t.name, regexp: t.regexp, transformer: t.transformer });
