/**
 * The decimals of `x` as written in its shortest decimal form that reads back as the same number,
 * which is how JSON and JavaScript write it (`9500.12` → 2, `1e-7` → 7, `4200000.5` → 1). Money is
 * checked against its currency's minor unit on this form, exactly and at any size: a tolerance in
 * floating point stopped working past a few digits (`999999.5` JPY passed).
 */
export function decimalPlaces(x: number): number {
  const [mantissa = "0", exponent] = String(x).toLowerCase().split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/**
 * The most minor units an amount may have: 2^52. Below it, neighbouring doubles are at most one minor
 * unit apart, so two different amounts are always two different numbers and read back exactly; a
 * KWD or CLF amount near 2^53 minor units would not be (an amount 0.0001 CLF apart is the same double).
 */
export const MAX_MINOR_UNITS = 2 ** 52;

/** The largest amount of major units with `digits` decimals that stays exact: {@link MAX_MINOR_UNITS} of them. */
export function largestExactAmount(digits: number): number {
  return Math.floor(MAX_MINOR_UNITS / 10 ** digits);
}
