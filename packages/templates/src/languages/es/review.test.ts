/*
 * Every Spanish thank-you letter passes core's review read as Spanish: no error, and on the rich
 * interviews all four jobs done (thanks, interest, the missed example, what sets the candidate
 * apart); letters to the two interviewers are not copies of each other.
 */
import { registerLanguage } from "../registry.js";
import { checkThankYouReviews } from "../thank-you-review.test-support.js";
import { madridInput, mexicoInput, sparseSpainInput } from "./fixtures.js";
import { es } from "./index.js";

registerLanguage(es);

checkThankYouReviews([
  ["rich Madrid", madridInput, ["es-ES"]],
  ["rich Mexico City", mexicoInput, ["es-MX"]],
  ["sparse", sparseSpainInput, ["es-ES"]],
]);
