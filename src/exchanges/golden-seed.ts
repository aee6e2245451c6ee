/** The seed the golden exchanges are recorded with (`npm run exchanges`); a gate run with SIGNIN_SEED=1 compares exactly. */
export const goldenSeed = 1;
