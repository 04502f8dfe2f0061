/*
 * Every French thank-you letter passes core's review read as French: no error, and on the rich
 * interviews all four jobs done (thanks, interest, the missed example, what sets the candidate
 * apart); letters to the two interviewers are not copies of each other.
 */
import { registerLanguage } from "../registry.js";
import { checkThankYouReviews } from "../thank-you-review.test-support.js";
import { lyonInput, montrealInput, sparseFranceInput } from "./fixtures.js";
import { fr } from "./index.js";

registerLanguage(fr);

checkThankYouReviews([
  ["rich Lyon", lyonInput, ["fr-FR"]],
  ["rich Montréal", montrealInput, ["fr-CA"]],
  ["sparse", sparseFranceInput, ["fr-FR"]],
]);
