import { ZONE_COUNTRIES } from "./generated/zone-countries.js";

/*
 * The zones to suggest for a person known only by country (and maybe region), e.g. to someone who
 * gave "EST". A country with one zone of its own in ZONE_COUNTRIES gets that zone. The table below
 * covers the rest: countries with several zones (their principal ones, most populous first, so
 * the first is the one most of the country keeps) and countries whose zone is shared with
 * neighbours or missing from the holiday data (named for the country's own city, as the tz
 * database's zone.tab does: Rome for Italy, not Europe/Vatican). Uninhabited territories (AQ, BV,
 * HM, UM) have none. Checked by hand against the tz database, 2025a.
 */
const COUNTRY_ZONES: Readonly<Record<string, string>> = {
  // Several zones: the principal ones, most populous first.
  US: "America/New_York America/Chicago America/Denver America/Phoenix America/Los_Angeles America/Anchorage Pacific/Honolulu",
  CA: "America/Toronto America/Vancouver America/Edmonton America/Winnipeg America/Halifax America/Regina America/St_Johns",
  AU: "Australia/Sydney Australia/Melbourne Australia/Brisbane Australia/Perth Australia/Adelaide Australia/Hobart Australia/Darwin",
  BR: "America/Sao_Paulo America/Manaus America/Rio_Branco America/Noronha",
  MX: "America/Mexico_City America/Tijuana America/Cancun America/Mazatlan America/Hermosillo",
  RU: "Europe/Moscow Asia/Yekaterinburg Asia/Novosibirsk Europe/Samara Asia/Omsk Asia/Krasnoyarsk Asia/Irkutsk Asia/Vladivostok Europe/Kaliningrad Asia/Yakutsk Asia/Magadan Asia/Kamchatka",
  ID: "Asia/Jakarta Asia/Makassar Asia/Jayapura",
  CL: "America/Santiago Pacific/Easter",
  EC: "America/Guayaquil Pacific/Galapagos",
  ES: "Europe/Madrid Atlantic/Canary",
  PT: "Europe/Lisbon Atlantic/Azores Atlantic/Madeira",
  NZ: "Pacific/Auckland Pacific/Chatham",
  GL: "America/Nuuk America/Danmarkshavn America/Scoresbysund America/Thule",
  KI: "Pacific/Tarawa Pacific/Kiritimati Pacific/Kanton",
  FM: "Pacific/Pohnpei Pacific/Chuuk Pacific/Kosrae",
  MN: "Asia/Ulaanbaatar Asia/Hovd",
  PG: "Pacific/Port_Moresby Pacific/Bougainville",
  PS: "Asia/Gaza Asia/Hebron",
  CD: "Africa/Kinshasa Africa/Lubumbashi",
  // One zone in practice, though the holiday data lists more.
  AR: "America/Argentina/Buenos_Aires",
  CN: "Asia/Shanghai",
  KZ: "Asia/Almaty",
  MY: "Asia/Kuala_Lumpur",
  UA: "Europe/Kyiv",
  UZ: "Asia/Tashkent",
  BH: "Asia/Bahrain",
  // A zone shared with neighbours, or not in the holiday data: the country's own city.
  AF: "Asia/Kabul",
  AG: "America/Antigua",
  AI: "America/Anguilla",
  AO: "Africa/Luanda",
  AW: "America/Aruba",
  AX: "Europe/Mariehamn",
  BA: "Europe/Sarajevo",
  BF: "Africa/Ouagadougou",
  BI: "Africa/Bujumbura",
  BJ: "Africa/Porto-Novo",
  BQ: "America/Kralendijk",
  BT: "Asia/Thimphu",
  BW: "Africa/Gaborone",
  CF: "Africa/Bangui",
  CG: "Africa/Brazzaville",
  CH: "Europe/Zurich",
  CI: "Africa/Abidjan",
  CM: "Africa/Douala",
  CW: "America/Curacao",
  DJ: "Africa/Djibouti",
  DM: "America/Dominica",
  ER: "Africa/Asmara",
  ET: "Africa/Addis_Ababa",
  FI: "Europe/Helsinki",
  FK: "Atlantic/Stanley",
  GA: "Africa/Libreville",
  GD: "America/Grenada",
  GM: "Africa/Banjul",
  GN: "Africa/Conakry",
  GQ: "Africa/Malabo",
  GS: "Atlantic/South_Georgia",
  HR: "Europe/Zagreb",
  IO: "Indian/Chagos",
  IQ: "Asia/Baghdad",
  IT: "Europe/Rome",
  JO: "Asia/Amman",
  KE: "Africa/Nairobi",
  KG: "Asia/Bishkek",
  KH: "Asia/Phnom_Penh",
  KM: "Indian/Comoro",
  KN: "America/St_Kitts",
  KP: "Asia/Pyongyang",
  KW: "Asia/Kuwait",
  KY: "America/Cayman",
  LA: "Asia/Vientiane",
  LB: "Asia/Beirut",
  LC: "America/St_Lucia",
  LI: "Europe/Vaduz",
  LS: "Africa/Maseru",
  ME: "Europe/Podgorica",
  MG: "Indian/Antananarivo",
  MH: "Pacific/Majuro",
  MK: "Europe/Skopje",
  ML: "Africa/Bamako",
  MM: "Asia/Yangon",
  MO: "Asia/Macau",
  MP: "Pacific/Saipan",
  MR: "Africa/Nouakchott",
  MS: "America/Montserrat",
  MV: "Indian/Maldives",
  MW: "Africa/Blantyre",
  MZ: "Africa/Maputo",
  NE: "Africa/Niamey",
  NG: "Africa/Lagos",
  NO: "Europe/Oslo",
  NP: "Asia/Kathmandu",
  NR: "Pacific/Nauru",
  NU: "Pacific/Niue",
  OM: "Asia/Muscat",
  PA: "America/Panama",
  PN: "Pacific/Pitcairn",
  PW: "Pacific/Palau",
  QA: "Asia/Qatar",
  RS: "Europe/Belgrade",
  RW: "Africa/Kigali",
  SB: "Pacific/Guadalcanal",
  SH: "Atlantic/St_Helena",
  SI: "Europe/Ljubljana",
  SJ: "Arctic/Longyearbyen",
  SL: "Africa/Freetown",
  SM: "Europe/San_Marino",
  SN: "Africa/Dakar",
  SO: "Africa/Mogadishu",
  SS: "Africa/Juba",
  ST: "Africa/Sao_Tome",
  SX: "America/Lower_Princes",
  SY: "Asia/Damascus",
  SZ: "Africa/Mbabane",
  TF: "Indian/Kerguelen",
  TG: "Africa/Lome",
  TH: "Asia/Bangkok",
  TJ: "Asia/Dushanbe",
  TK: "Pacific/Fakaofo",
  TL: "Asia/Dili",
  TM: "Asia/Ashgabat",
  TT: "America/Port_of_Spain",
  TV: "Pacific/Funafuti",
  TZ: "Africa/Dar_es_Salaam",
  UG: "Africa/Kampala",
  VA: "Europe/Vatican",
  VC: "America/St_Vincent",
  VG: "America/Tortola",
  VI: "America/St_Thomas",
  WS: "Pacific/Apia",
  XK: "Europe/Belgrade",
  YE: "Asia/Aden",
  YT: "Indian/Mayotte",
  ZA: "Africa/Johannesburg",
  ZM: "Africa/Lusaka",
  ZW: "Africa/Harare",
};

/*
 * The zone of each region (the holiday data's codes) in countries whose regions keep different
 * clocks, listed by zone. A region split between zones gets the zone most of its people keep
 * (Tennessee: Central; Florida, Kentucky: Eastern; Oregon: Pacific).
 */
const REGION_ZONES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  US: {
    "America/New_York": "CT DC DE FL GA KY MA MD ME NC NH NJ NY OH PA RI SC VA VT WV",
    "America/Detroit": "MI",
    "America/Indiana/Indianapolis": "IN",
    "America/Chicago": "AL AR IA IL KS LA MN MO MS ND NE OK SD TN TX WI",
    "America/Denver": "CO MT NM UT WY",
    "America/Boise": "ID",
    "America/Phoenix": "AZ",
    "America/Los_Angeles": "CA NV OR WA",
    "America/Anchorage": "AK",
    "Pacific/Honolulu": "HI",
  },
  CA: {
    "America/Toronto": "ON QC",
    "America/Vancouver": "BC",
    "America/Edmonton": "AB NT",
    "America/Winnipeg": "MB",
    "America/Regina": "SK",
    "America/Halifax": "NS PE",
    "America/Moncton": "NB",
    "America/St_Johns": "NL",
    "America/Iqaluit": "NU",
    "America/Whitehorse": "YT",
  },
  AU: {
    "Australia/Sydney": "ACT NSW",
    "Australia/Melbourne": "VIC",
    "Australia/Brisbane": "QLD",
    "Australia/Adelaide": "SA",
    "Australia/Perth": "WA",
    "Australia/Hobart": "TAS",
    "Australia/Darwin": "NT",
  },
  BR: {
    "America/Sao_Paulo": "DF ES GO MG PR RJ RS SC SP",
    "America/Bahia": "BA",
    "America/Recife": "PE",
    "America/Fortaleza": "CE MA PB PI RN",
    "America/Maceio": "AL SE",
    "America/Belem": "AP PA",
    "America/Araguaina": "TO",
    "America/Manaus": "AM",
    "America/Boa_Vista": "RR",
    "America/Porto_Velho": "RO",
    "America/Campo_Grande": "MS",
    "America/Cuiaba": "MT",
    "America/Rio_Branco": "AC",
  },
};

/** The zone of `region` in `country`, when the table knows it. */
function regionZone(country: string, region: string): string | undefined {
  const zones = Object.hasOwn(REGION_ZONES, country) ? REGION_ZONES[country] : undefined;
  if (!zones) return undefined;
  const code = region.trim().toUpperCase();
  for (const [zone, regions] of Object.entries(zones)) {
    if (regions.split(" ").includes(code)) return zone;
  }
  return undefined;
}

/**
 * The IANA zones a person in `country` (and `region`, when given) most likely keeps, most populous
 * first: one zone when the country has one or the region settles it (`"US"`, `"CA"` →
 * `["America/Los_Angeles"]`), else the country's principal zones; empty for an unknown or
 * uninhabited country. Region codes are those of the holiday data (`"NY"`, `"ON"`, `"NSW"`, `"SP"`),
 * in any case; regions are told apart in the US, Canada, Australia and Brazil.
 *
 * @example
 * ```ts
 * zonesOfPlace("US", "CA"); //=> ["America/Los_Angeles"]
 * zonesOfPlace("US").slice(0, 2); //=> ["America/New_York", "America/Chicago"]
 * zonesOfPlace("IT"); //=> ["Europe/Rome"]
 * ```
 */
export function zonesOfPlace(country: string, region?: string): string[] {
  const code = country.toUpperCase();
  const byRegion = region ? regionZone(code, region) : undefined;
  if (byRegion) return [byRegion];
  if (Object.hasOwn(COUNTRY_ZONES, code)) return COUNTRY_ZONES[code]!.split(" ");
  const own = Object.keys(ZONE_COUNTRIES).filter((zone) => ZONE_COUNTRIES[zone] === code);
  return own.length === 1 ? own : [];
}
