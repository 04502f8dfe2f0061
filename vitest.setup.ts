import fc from "fast-check";

// CI runs property tests with a fixed seed so a submission passes or fails on its own merits;
// locally every run explores new inputs. Set FC_SEED to replay a local failure.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261126 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
