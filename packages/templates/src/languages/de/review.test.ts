/*
 * Every German thank-you letter passes core's review read as German: no error, and on the rich
 * Berlin interview all four jobs done (thanks, interest, the missed example, what sets the
 * candidate apart); letters to the two interviewers are not copies of each other.
 */
import { registerLanguage } from "../registry.js";
import { checkThankYouReviews } from "../thank-you-review.test-support.js";
import { berlinInput, sparseGermanInput } from "./fixtures.js";
import { de } from "./index.js";

registerLanguage(de);

checkThankYouReviews([
  ["rich", berlinInput, de.locales],
  ["sparse", sparseGermanInput, de.locales],
]);
