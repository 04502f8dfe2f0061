import { Temporal } from "temporal-polyfill";
import * as ZonedDateTimeFns from "temporal-polyfill/fns/ZonedDateTime";
import { civilDate, dayNumber } from "../calendar/day-number.js";
import { AfterviewError } from "../errors/afterview-error.js";

/*
 * Wall-clock arithmetic in one zone on plain numbers: instants as epoch nanoseconds (`bigint`),
 * days as day numbers (`calendar/day-number.ts`), times of day as nanoseconds since midnight.
 *
 * A clock asks Temporal, through its public API, for the zone's offset at one instant and for the
 * next transition after it (`getTimeZoneTransition`), and from then on answers every question
 * inside that stretch by arithmetic: the rules look at a few weeks of days and cross a clock change
 * once or twice, so a plan asks Temporal a handful of times instead of once per day and window.
 * The answers are Temporal's own: the offset of every instant is the one Temporal gives, a wall-clock
 * time resolves as Temporal's `"compatible"` disambiguation does, and `format` writes what
 * `ZonedDateTime.prototype.toString()` writes. `zone-clock.test.ts` checks all three against Temporal.
 *
 * A clock lives as long as one call (one plan); nothing is kept between calls.
 *
 * It asks through temporal-polyfill's functional API (`temporal-polyfill/fns/*`), whose functions a
 * bundler keeps one by one, not through the `Temporal` classes, which come whole: code that plans
 * reads instants, offsets and transitions only, and a browser app that only plans should not carry
 * the classes. The functions that hand `Temporal` objects to callers ({@link plainDate}, {@link zonedOf})
 * use the classes.
 */

const NS_PER_SECOND = 1_000_000_000;
const NS_PER_MINUTE = 60 * NS_PER_SECOND;
const NS_PER_HOUR = 60 * NS_PER_MINUTE;
const NS_PER_DAY = 24 * NS_PER_HOUR;
const BIG_NS_PER_DAY = BigInt(NS_PER_DAY);

/**
 * How far past an instant a learned stretch may reach: temporal-polyfill looks three years ahead for
 * the next transition before it answers that there is none, so two years stays inside what it searched.
 */
const HORIZON = BigInt(2 * 365) * BIG_NS_PER_DAY;

/** `[from, to)`: a stretch of time over which the zone keeps one UTC offset. */
interface Stretch {
  from: bigint;
  to: bigint;
  /** The offset, in nanoseconds. */
  offset: bigint;
}

/** A moment on a zone's wall clock: its day number and the nanoseconds since that day's midnight. */
export interface WallTime {
  day: number;
  time: number;
}

/** The day number and nanoseconds of `local`, nanoseconds since 1970-01-01T00:00 on a wall clock. */
function split(local: bigint): WallTime {
  let day = local / BIG_NS_PER_DAY;
  if (local < day * BIG_NS_PER_DAY) day -= 1n;
  return { day: Number(day), time: Number(local - day * BIG_NS_PER_DAY) };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Temporal's dates run from -271821-04-19 to +275760-09-13: day numbers −100,000,001 to 100,000,000. */
const FIRST_DAY = -100_000_001;
const LAST_DAY = 100_000_000;

/** True when Temporal has day number `day` (a `PlainDate` can hold it). */
export function isSupportedDay(day: number): boolean {
  return day >= FIRST_DAY && day <= LAST_DAY;
}

/** `day`, when Temporal has it; past either end, the `out-of-range` error a business calendar gives. */
function inRange(day: number): number {
  if (isSupportedDay(day)) return day;
  const { year, month, day: date } = civilDate(day);
  throw new AfterviewError("out-of-range", `the date ${year}-${month}-${date} is outside the supported range`);
}

/** `"2026-12-01"`, as `Temporal.PlainDate.prototype.toString()` writes day number `day`. */
export function dateString(day: number): string {
  const { year, month, day: date } = civilDate(inRange(day));
  const y =
    year < 0 || year > 9999
      ? `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(6, "0")}`
      : String(year).padStart(4, "0");
  return `${y}-${pad2(month)}-${pad2(date)}`;
}

/** The day number of a date as {@link dateString} writes it (`"2026-12-01"`, `"+010000-01-01"`). */
export function dayOfDateString(text: string): number {
  const m = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`not a date: ${text}`);
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The day number of a `PlainDate`. */
export function dayOf(date: Temporal.PlainDate): number {
  return dayNumber(date.year, date.month, date.day);
}

/** The `PlainDate` of day number `day`. */
export function plainDate(day: number): Temporal.PlainDate {
  const { year, month, day: date } = civilDate(inRange(day));
  return new Temporal.PlainDate(year, month, date);
}

/** `"09:30"`: hours and minutes of `time` (nanoseconds since midnight), seconds dropped. */
export function clockString(time: number): string {
  return `${pad2(Math.floor(time / NS_PER_HOUR))}:${pad2(Math.floor(time / NS_PER_MINUTE) % 60)}`;
}

/** One zone's wall clock, for one call. See the module comment. */
export class ZoneClock {
  /** The zone as the caller named it. */
  readonly zone: string;
  #id: string | undefined;
  readonly #stretches: Stretch[] = [];

  constructor(zone: string) {
    this.zone = zone;
  }

  /** The zone as Temporal spells it (`ZonedDateTime.prototype.timeZoneId`). */
  get id(): string {
    this.#id ??= ZonedDateTimeFns.create(0n, this.zone).timeZoneId;
    return this.#id;
  }

  /** The UTC offset at `at`, in nanoseconds. */
  offset(at: bigint): bigint {
    for (const s of this.#stretches) if (at >= s.from && at < s.to) return s.offset;
    // Rules look a day either side of the times they ask about: learning from two days earlier saves a second look.
    const stretch = this.#learn(at - 2n * BIG_NS_PER_DAY);
    return at < stretch.to ? stretch.offset : this.#learn(at).offset;
  }

  /**
   * The stretch from `from` to the next transition. Only forward: Temporal's search for the previous
   * transition may walk back decades in a zone without summer time.
   */
  #learn(from: bigint): Stretch {
    const here = ZonedDateTimeFns.create(from, this.zone);
    this.#id ??= here.timeZoneId;
    const next = ZonedDateTimeFns.getTimeZoneTransition(here, "next")?.epochNanoseconds;
    const stretch: Stretch = {
      from,
      to: next !== undefined && next < from + HORIZON ? next : from + HORIZON,
      offset: BigInt(ZonedDateTimeFns.offsetNanoseconds(here)),
    };
    this.#stretches.push(stretch);
    return stretch;
  }

  /** The wall clock at `at`: day number and nanoseconds since midnight. */
  wall(at: bigint): WallTime {
    return split(at + this.offset(at));
  }

  /** The day number of `at` on this clock. */
  day(at: bigint): number {
    return split(at + this.offset(at)).day;
  }

  /**
   * The instant this clock shows `time` (nanoseconds since midnight) on day `day`, resolved as Temporal's
   * `"compatible"` disambiguation does: a time skipped by a spring-forward gap moves later by the gap's
   * length; a time repeated by a fall-back overlap is the earlier of the two.
   */
  at(day: number, time: number): bigint {
    const local = BigInt(inRange(day)) * BIG_NS_PER_DAY + BigInt(time);
    const possible = this.#possible(local);
    if (possible.length > 0) return possible[0]!;
    const gap = this.offset(local + BIG_NS_PER_DAY) - this.offset(local - BIG_NS_PER_DAY);
    if (gap > BIG_NS_PER_DAY) throw new RangeError("Out-of-bounds TimeZone gap");
    const shifted = this.#possible(local + gap);
    return shifted[shifted.length - 1]!;
  }

  /** The first instant of day `day` on this clock (midnight, or the end of a gap that skips it), as Temporal gives it. */
  startOfDay(day: number): bigint {
    const local = BigInt(inRange(day)) * BIG_NS_PER_DAY;
    const possible = this.#possible(local);
    if (possible.length > 0) return possible[0]!;
    return this.transitionAfter(local - BIG_NS_PER_DAY)!;
  }

  /** The instant of the zone's first clock change after `at`, as `getTimeZoneTransition("next")` finds it. */
  transitionAfter(at: bigint): bigint | undefined {
    return ZonedDateTimeFns.getTimeZoneTransition(ZonedDateTimeFns.create(at, this.zone), "next")?.epochNanoseconds;
  }

  /** The instants at which this clock shows `local`: one, two in an overlap, none in a gap (Temporal's own test). */
  #possible(local: bigint): bigint[] {
    const before = this.offset(local - BIG_NS_PER_DAY);
    const after = this.offset(local + BIG_NS_PER_DAY);
    if (before === after) return [local - before];
    const early = this.offset(local - before);
    if (early === this.offset(local - after)) return [local - early];
    return before > after ? [local - before, local - after] : [];
  }

  /** `at` as `ZonedDateTime.prototype.toString()` writes it in this zone: `"2026-12-01T09:30:00-05:00[America/New_York]"`. */
  format(at: bigint): string {
    return isoString(at, this.offset(at), this.id);
  }

  /** `"09:30"` on this clock at `at`. */
  hhmm(at: bigint): string {
    return clockString(this.wall(at).time);
  }

  /** The moment this clock shows `time` on day `day` (see {@link ZoneClock.at}). */
  moment(day: number, time: number): Moment {
    return new Moment(this.at(day, time), this);
  }
}

/**
 * An instant seen on one zone's clock: the part of `Temporal.ZonedDateTime` the rules use, on
 * numbers. `toString()` writes what the `ZonedDateTime` would.
 */
export class Moment {
  /** Nanoseconds since the epoch. */
  readonly ns: bigint;
  readonly clock: ZoneClock;

  constructor(ns: bigint, clock: ZoneClock) {
    this.ns = ns;
    this.clock = clock;
  }

  /** The instant of `zoned` on `clock`: its own zone's, or another's (then this is `withTimeZone`). */
  static of(zoned: Temporal.ZonedDateTime, clock: ZoneClock): Moment {
    return new Moment(zoned.epochNanoseconds, clock);
  }

  /** `zoned` on a new clock of its own zone. */
  static from(zoned: Temporal.ZonedDateTime): Moment {
    return new Moment(zoned.epochNanoseconds, new ZoneClock(zoned.timeZoneId));
  }

  /** The same instant on another clock (`withTimeZone`). */
  on(clock: ZoneClock): Moment {
    return clock === this.clock ? this : new Moment(this.ns, clock);
  }

  /** This moment plus `minutes` of elapsed time (`add({ minutes })`). */
  plusMinutes(minutes: number): Moment {
    return new Moment(this.ns + BigInt(minutes) * 60_000_000_000n, this.clock);
  }

  /** The day number on its clock. */
  get day(): number {
    return this.clock.day(this.ns);
  }

  /** `"09:30"` on its clock. */
  get hhmm(): string {
    return this.clock.hhmm(this.ns);
  }

  toString(): string {
    return this.clock.format(this.ns);
  }
}

/** `moment` as a `ZonedDateTime` in its clock's zone. */
export function zonedOf(moment: Moment): Temporal.ZonedDateTime {
  return new Temporal.ZonedDateTime(moment.ns, moment.clock.id);
}

/** Two moments, `start` before `end`. */
export interface MomentSpan {
  start: Moment;
  end: Moment;
}

/** The wall clock `offset` nanoseconds from UTC at `at`: day number and nanoseconds since midnight. */
export function wallAt(at: bigint, offset: bigint): WallTime {
  return split(at + offset);
}

/**
 * `at` as `ZonedDateTime.prototype.toString()` writes it (ISO calendar) in the zone `id`, whose
 * offset at `at` is `offset` nanoseconds: `"2026-12-01T09:30:00-05:00[America/New_York]"`, the
 * fraction of a second only when there is one, the offset rounded to the minute.
 */
export function isoString(at: bigint, offset: bigint, id: string): string {
  const { day, time } = split(at + offset);
  const seconds = Math.floor(time / NS_PER_SECOND);
  const fraction = time - seconds * NS_PER_SECOND;
  const sub = fraction === 0 ? "" : `.${String(fraction).padStart(9, "0").replace(/0+$/, "")}`;
  return `${dateString(day)}T${clockString(time)}:${pad2(seconds % 60)}${sub}${offsetString(Number(offset))}[${id}]`;
}

/** `"-05:00"`: an offset rounded to the minute, half away from zero, as Temporal writes it. */
export function offsetString(offset: number): string {
  const minutes = Math.round(Math.abs(offset) / NS_PER_MINUTE);
  return `${offset < 0 && minutes > 0 ? "-" : "+"}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
