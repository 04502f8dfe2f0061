/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes, grouped by first letter
 * (`"A:DEF"` stands for AD, AE, AF). Used only to word errors: a real country that the holiday
 * data lacks (Kuwait, Qatar, Afghanistan) is told apart from a code that names no country.
 */
const GROUPED =
  "A:DEFGILMOQRSTUWXZ B:ABDEFGHIJLMNOQRSTVWYZ C:ACDFGHIKLMNORUVWXYZ D:EJKMOZ E:CEGHRST F:IJKMOR " +
  "G:ABDEFGHILMNPQRSTUWY H:KMNRTU I:DELMNOQRST J:EMOP K:EGHIMNPRWYZ L:ABCIKRSTUVY " +
  "M:ACDEFGHKLMNOPQRSTUVWXYZ N:ACEFGILOPRUZ O:M P:AEFGHKLMNRSTWY Q:A R:EOSUW " +
  "S:ABCDEGHIJKLMNORSTVXYZ T:CDFGHJKLMNORTVWZ U:AGMSYZ V:ACEGINU W:FS Y:ET Z:AMW";

let codes: ReadonlySet<string> | undefined;

/** True when `code` (upper-case) is an officially assigned ISO 3166-1 alpha-2 code. */
export function isIsoCountry(code: string): boolean {
  codes ??= new Set(GROUPED.split(" ").flatMap((group) => [...group.slice(2)].map((second) => `${group[0]}${second}`)));
  return codes.has(code);
}
