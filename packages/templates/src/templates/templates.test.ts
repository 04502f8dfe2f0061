/*
 * Every template in every tone and locale, as whole documents, for a rich interview (every optional
 * field given) and a sparse one (only what the schema requires). Read these when a template changes:
 * the snapshot is the review.
 */
import { describe, expect, test } from "vitest";
import { compose } from "../compose/compose.js";
import type { ComposeContext } from "../compose/context.js";
import { LOCALES } from "../document/types.js";
import {
  documentText,
  letterText,
  offerPlan,
  planFor,
  richInput,
  richNegotiation,
  richOffer,
  sparseInput,
} from "../internal/test-fixtures.js";
import { TONES } from "../registry/tones.js";
import type { TemplateId } from "../registry/types.js";

/** Offer templates compose from the plan after the offer arrived; the others from the plan as the interview ends. */
const rich = {
  before: { input: richInput, plan: planFor(richInput) },
  offer: { input: richInput, plan: offerPlan(richInput, richOffer), negotiation: richNegotiation },
} satisfies Record<string, ComposeContext>;
const sparse = {
  before: { input: sparseInput, plan: planFor(sparseInput) },
  offer: {
    input: sparseInput,
    plan: planFor(sparseInput),
    offer: { base: { amount: 42000, currency: "GBP" }, period: "year" },
    negotiation: { recommendation: "negotiate-other-terms", levers: [], why: [] },
  },
} satisfies Record<string, ComposeContext>;

/** The six versions of a template (three tones, two locales), one after another. */
function allVersions(id: TemplateId, contexts: { before: ComposeContext; offer: ComposeContext }): string {
  const context = id.startsWith("offer/") || id === "outcome/celebrate" ? contexts.offer : contexts.before;
  return TONES.flatMap((tone) =>
    LOCALES.map(
      (locale) => `=== ${id} · ${tone} · ${locale}\n${documentText(compose(id, { ...context, tone, locale }))}`,
    ),
  ).join("\n\n");
}

describe("every template, rich interview", () => {
  test("thank-you/letter", () => {
    expect(allVersions("thank-you/letter", rich)).toMatchInlineSnapshot(`
      "=== thank-you/letter · warm · en-US
      Subject: Thank you, from Alex Morgan
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan / 1640 N Damen Ave / Apt 3 / Chicago, IL 60647 <alex.morgan@example.com, +1 312 555 0147> [US]
      To: Dana Whitfield / Engineering Manager / Acme Corp / 200 Park Ave / Floor 31 / New York, NY 10166 <dana.whitfield@acme.example> [US]

      Dear Dana,

      Our talk about the warehouse migration has stayed with me since Tuesday, so thank you for meeting with me. I was glad we also covered on-call load on the data team. I left even more certain that I want to join Acme Corp as its Senior Data Engineer.

      I am also writing to Marek about the backfill tool I built, an example I did not get to give.

      What I hope sets me apart, from my own work:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      I would be glad to carry on the conversation about the warehouse migration whenever it suits you. Thanks again for your time and for such an easy, open conversation.

      Warm regards,
      Alex Morgan

      === thank-you/letter · warm · en-GB
      Subject: Thank you, from Alex Morgan
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan / 1640 N Damen Ave / Apt 3 / Chicago, IL 60647 <alex.morgan@example.com, +1 312 555 0147> [US]
      To: Dana Whitfield / Engineering Manager / Acme Corp / 200 Park Ave / Floor 31 / New York, NY 10166 <dana.whitfield@acme.example> [US]

      Dear Dana,

      Our talk about the warehouse migration has stayed with me since Tuesday, so thank you for meeting with me. I was glad we also covered on-call load on the data team. I left even more certain that I want to join Acme Corp as its Senior Data Engineer.

      I am also writing to Marek about the backfill tool I built, an example I did not get to give.

      What I hope sets me apart, from my own work:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      I would be glad to carry on the conversation about the warehouse migration whenever it suits you. Thanks again for your time and for such an easy, open conversation.

      Kind regards,
      Alex Morgan

      === thank-you/letter · formal · en-US
      Subject: Senior Data Engineer interview on Tuesday, November 24
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan / 1640 N Damen Ave / Apt 3 / Chicago, IL 60647 <alex.morgan@example.com, +1 312 555 0147> [US]
      To: Dana Whitfield / Engineering Manager / Acme Corp / 200 Park Ave / Floor 31 / New York, NY 10166 <dana.whitfield@acme.example> [US]

      Dear Dana Whitfield:

      Our discussion of the warehouse migration and on-call load on the data team gave me a clear picture of the work ahead. Thank you for meeting with me on Tuesday, November 24 to discuss the Senior Data Engineer position.

      I remain keen to join Acme Corp, and I am confident this role is where I can do my best work. I am also writing to Marek Szczepański about the backfill tool I built, an example I did not have the chance to give during the interview.

      From my record, the experience most relevant to the position:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      I would welcome the chance to discuss on-call load on the data team further. Thank you again for your time and consideration. I look forward to hearing from you.

      Sincerely,
      Alex Morgan

      === thank-you/letter · formal · en-GB
      Subject: Senior Data Engineer interview on Tuesday 24 November
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan / 1640 N Damen Ave / Apt 3 / Chicago, IL 60647 <alex.morgan@example.com, +1 312 555 0147> [US]
      To: Dana Whitfield / Engineering Manager / Acme Corp / 200 Park Ave / Floor 31 / New York, NY 10166 <dana.whitfield@acme.example> [US]

      Dear Dana Whitfield,

      Our discussion of the warehouse migration and on-call load on the data team gave me a clear picture of the work ahead. Thank you for meeting with me on Tuesday 24 November to discuss the Senior Data Engineer position.

      I remain keen to join Acme Corp, and I am confident this role is where I can do my best work. I am also writing to Marek Szczepański about the backfill tool I built, an example I did not have the chance to give during the interview.

      From my record, the experience most relevant to the position:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      I would welcome the chance to discuss on-call load on the data team further. Thank you again for your time and consideration. I look forward to hearing from you.

      Yours sincerely,
      Alex Morgan

      === thank-you/letter · brief · en-US
      Subject: Thank you, from Alex Morgan
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan / 1640 N Damen Ave / Apt 3 / Chicago, IL 60647 <alex.morgan@example.com, +1 312 555 0147> [US]
      To: Dana Whitfield / Engineering Manager / Acme Corp / 200 Park Ave / Floor 31 / New York, NY 10166 <dana.whitfield@acme.example> [US]

      Dear Dana,

      Thank you for meeting with me on Tuesday, and for the discussion of the warehouse migration. I want this role at Acme Corp very much. I did not get to mention the backfill tool I built; I have written to Marek about it.

      One highlight from my record:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Best,
      Alex Morgan

      === thank-you/letter · brief · en-GB
      Subject: Thank you, from Alex Morgan
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan / 1640 N Damen Ave / Apt 3 / Chicago, IL 60647 <alex.morgan@example.com, +1 312 555 0147> [US]
      To: Dana Whitfield / Engineering Manager / Acme Corp / 200 Park Ave / Floor 31 / New York, NY 10166 <dana.whitfield@acme.example> [US]

      Dear Dana,

      Thank you for meeting with me on Tuesday, and for the discussion of the warehouse migration. I want this role at Acme Corp very much. I did not get to mention the backfill tool I built; I have written to Marek about it.

      One highlight from my record:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Best wishes,
      Alex Morgan"
    `);
  });
  test("thank-you/email", () => {
    expect(allVersions("thank-you/email", rich)).toMatchInlineSnapshot(`
      "=== thank-you/email · warm · en-US
      Subject: Thank you for Tuesday, and for the talk about the warehouse migration
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Dear Dana,

      I really enjoyed our talk about the warehouse migration and on-call load on the data team. Thank you for meeting with me on Tuesday. I came away even more sure that I want to be the Senior Data Engineer at Acme Corp.

      I am also writing to Marek about the backfill tool I built, an example I did not get to give.

      From my own work, what I hope sets me apart:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      I would be happy to carry on the conversation about the warehouse migration any time. Thanks again for your time, and I hope to speak with you soon.

      Warm regards,
      Alex Morgan
      +1 312 555 0147

      === thank-you/email · warm · en-GB
      Subject: Thank you for Tuesday, and for the talk about the warehouse migration
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Dear Dana,

      I really enjoyed our talk about the warehouse migration and on-call load on the data team. Thank you for meeting with me on Tuesday. I came away even more sure that I want to be the Senior Data Engineer at Acme Corp.

      I am also writing to Marek about the backfill tool I built, an example I did not get to give.

      From my own work, what I hope sets me apart:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      I would be happy to carry on the conversation about the warehouse migration any time. Thanks again for your time, and I hope to speak with you soon.

      Kind regards,
      Alex Morgan
      +1 312 555 0147

      === thank-you/email · formal · en-US
      Subject: Thank you: Senior Data Engineer interview on Tuesday, November 24
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Dear Dana Whitfield:

      I appreciated our discussion of the warehouse migration and on-call load on the data team, which gave me a clear view of the work ahead. Thank you for meeting with me on Tuesday, November 24. I remain keen to join Acme Corp, and I am confident this is the right role for me.

      I am also writing to Marek Szczepański about the backfill tool I built, an example I did not have the chance to give.

      To summarize my most relevant experience:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      Thank you again for your time and consideration. I look forward to hearing from you.

      Sincerely,
      Alex Morgan
      +1 312 555 0147

      === thank-you/email · formal · en-GB
      Subject: Thank you: Senior Data Engineer interview on Tuesday 24 November
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Dear Dana Whitfield,

      I appreciated our discussion of the warehouse migration and on-call load on the data team, which gave me a clear view of the work ahead. Thank you for meeting with me on Tuesday 24 November. I remain keen to join Acme Corp, and I am confident this is the right role for me.

      I am also writing to Marek Szczepański about the backfill tool I built, an example I did not have the chance to give.

      To summarise my most relevant experience:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      Thank you again for your time and consideration. I look forward to hearing from you.

      Yours sincerely,
      Alex Morgan
      +1 312 555 0147

      === thank-you/email · brief · en-US
      Subject: Thank you for Tuesday
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Hi Dana,

      Thank you for meeting with me on Tuesday; I enjoyed our talk about the warehouse migration. I want this role at Acme Corp and would be glad to join the team. I did not get to mention the backfill tool I built; I have written to Marek about it.

      From my record:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Best,
      Alex Morgan

      === thank-you/email · brief · en-GB
      Subject: Thank you for Tuesday
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Hi Dana,

      Thank you for meeting with me on Tuesday; I enjoyed our talk about the warehouse migration. I want this role at Acme Corp and would be glad to join the team. I did not get to mention the backfill tool I built; I have written to Marek about it.

      From my record:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Best wishes,
      Alex Morgan"
    `);
  });
  test("thank-you/note", () => {
    expect(allVersions("thank-you/note", rich)).toMatchInlineSnapshot(`
      "=== thank-you/note · warm · en-US
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Dear Dana,

      I enjoyed our talk about the warehouse migration and keep coming back to it. Thank you for meeting with me on Tuesday. I would love to join Acme Corp as its Senior Data Engineer. I never got to mention the backfill tool I built, so I am telling Marek about it too. Some of the work I am proudest of:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Warm regards,
      Alex

      === thank-you/note · warm · en-GB
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Dear Dana,

      I enjoyed our talk about the warehouse migration and keep coming back to it. Thank you for meeting with me on Tuesday. I would love to join Acme Corp as its Senior Data Engineer. I never got to mention the backfill tool I built, so I am telling Marek about it too. Some of the work I am proudest of:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Kind regards,
      Alex

      === thank-you/note · formal · en-US
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Dear Dana Whitfield,

      I valued our discussion of the warehouse migration. Thank you for meeting with me on Tuesday, November 24. I remain very interested in the Senior Data Engineer position at Acme Corp. I did not have the chance to mention the backfill tool I built, and I am writing to Marek Szczepański about it. I am confident the following experience would serve the team well:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Sincerely,
      Alex Morgan

      === thank-you/note · formal · en-GB
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Dear Dana Whitfield,

      I valued our discussion of the warehouse migration. Thank you for meeting with me on Tuesday 24 November. I remain very interested in the Senior Data Engineer position at Acme Corp. I did not have the chance to mention the backfill tool I built, and I am writing to Marek Szczepański about it. I am confident the following experience would serve the team well:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Yours sincerely,
      Alex Morgan

      === thank-you/note · brief · en-US
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Hi Dana,

      Thank you for Tuesday and for the talk about the warehouse migration. I want this role at Acme Corp. I never got to mention the backfill tool I built. Work I am proud of:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Best,
      Alex

      === thank-you/note · brief · en-GB
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Hi Dana,

      Thank you for Tuesday and for the talk about the warehouse migration. I want this role at Acme Corp. I never got to mention the backfill tool I built. Work I am proud of:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Best wishes,
      Alex"
    `);
  });
  test("the thank-you letters to the second interviewer: their own topic, frames and strength, and the example in full", () => {
    const marek = richInput.interviewers[1];
    const text = (["thank-you/letter", "thank-you/email", "thank-you/note"] as const)
      .flatMap((id) =>
        TONES.map(
          (tone) => `=== ${id} · ${tone}\n${letterText(compose(id, { ...rich.before, recipient: marek, tone }))}`,
        ),
      )
      .join("\n\n");
    expect(text).toMatchInlineSnapshot(`
      "=== thank-you/letter · warm

      Dear Marek,

      I keep coming back to what you told me about streaming ingestion with late-arriving events. Thank you for meeting with me on Tuesday. Our conversation made me want the Senior Data Engineer job at Acme Corp all the more.

      There is one example I wish I had given you. When you asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.

      Some of the work I am proudest of:

      - Cut the nightly pipeline from six hours to ninety minutes
      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Thank you again for your time. I hope we get to talk more soon.

      Warm regards,
      Alex Morgan

      === thank-you/letter · formal

      Dear Marek Szczepański:

      Thank you for meeting with me on Tuesday, November 24, and for explaining streaming ingestion with late-arriving events so candidly.

      Our conversation confirmed my interest in the position, and I would welcome the chance to contribute at Acme Corp. I would also like to add an example that I did not mention during the interview. When you asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.

      What I would most like you to know about my record:

      - Cut the nightly pipeline from six hours to ninety minutes
      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Thank you once more for your time. I look forward to the next step.

      Sincerely,
      Alex Morgan

      === thank-you/letter · brief

      Dear Marek,

      I enjoyed hearing about streaming ingestion with late-arriving events; thank you for your time on Tuesday. I would love to join Acme Corp as its Senior Data Engineer. There is one thing I did not mention. When you asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.

      Work I would build on here:

      - Cut the nightly pipeline from six hours to ninety minutes

      Best,
      Alex Morgan

      === thank-you/email · warm

      Dear Marek,

      Thank you for meeting with me on Tuesday, and for being so open about streaming ingestion with late-arriving events. The conversation left me more excited than ever about the Senior Data Engineer role at Acme Corp.

      There is one example I wish I had given. When you asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.

      If it helps your decision, here is some of the work I am proudest of:

      - Cut the nightly pipeline from six hours to ninety minutes
      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Thanks so much for your time. I hope we speak again soon.

      Warm regards,
      Alex Morgan
      +1 312 555 0147

      === thank-you/email · formal

      Dear Marek Szczepański:

      Thank you for meeting with me on Tuesday, November 24 to discuss the Senior Data Engineer position, and for speaking so candidly about streaming ingestion with late-arriving events. I am very interested in the position and would welcome the opportunity to join Acme Corp.

      I would like to add an example I did not mention during our conversation. When you asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.

      The experience I believe is most relevant to your team:

      - Cut the nightly pipeline from six hours to ninety minutes
      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Thank you once more for your time. I look forward to the next step.

      Sincerely,
      Alex Morgan
      +1 312 555 0147

      === thank-you/email · brief

      Hi Marek,

      Thanks for the talk about streaming ingestion with late-arriving events on Tuesday. I am keen to join Acme Corp as its Senior Data Engineer. Here is an example I did not get to give. When you asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.

      Work I am proud of:

      - Cut the nightly pipeline from six hours to ninety minutes

      Best,
      Alex Morgan

      === thank-you/note · warm

      Dear Marek,

      Thank you for meeting with me on Tuesday, and for all you told me about streaming ingestion with late-arriving events. I really want this role at Acme Corp. There is one more example I meant to share. When you asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour. What I hope sets me apart:

      - Cut the nightly pipeline from six hours to ninety minutes

      Warm regards,
      Alex

      === thank-you/note · formal

      Dear Marek Szczepański,

      Thank you for meeting with me on Tuesday, November 24 and for explaining streaming ingestion with late-arriving events. I would welcome the opportunity to join Acme Corp as its Senior Data Engineer. I would like to add one example. When you asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour. The experience I believe is most relevant to the role:

      - Cut the nightly pipeline from six hours to ninety minutes

      Sincerely,
      Alex Morgan

      === thank-you/note · brief

      Hi Marek,

      I enjoyed hearing about streaming ingestion with late-arriving events. Thank you for your time. I am keen to join Acme Corp. I meant to say one more thing. When you asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour. From my record:

      - Cut the nightly pipeline from six hours to ninety minutes

      Best,
      Alex"
    `);
  });
  test("recipients/call-script", () => {
    expect(allVersions("recipients/call-script", rich)).toMatchInlineSnapshot(`
      "=== recipients/call-script · warm · en-US
      Subject: Call Priya to check names and addresses
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## Before you dial

      Have this list and a pen ready. The call takes two or three minutes.

      ## What to say

      Hi Priya, this is Alex Morgan. I met with your team on Tuesday about the Senior Data Engineer role, and I really enjoyed it. I am writing a short thank-you to each person I met, and I want every name and detail right. Could you help me check a few things?

      - Marek Szczepański: an email address first (by post, a letter would arrive after the decision) and how the name is spelled (I have M-A-R-E-K S-Z-C-Z-E-P-A-Ń-S-K-I)

      That is a big help, thank you, Priya. Have a good rest of the day.

      ## After the call

      Write down every spelling exactly as you heard it, then write the letters while the interview is fresh.

      === recipients/call-script · warm · en-GB
      Subject: Call Priya to check names and addresses
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## Before you dial

      Have this list and a pen ready. The call takes two or three minutes.

      ## What to say

      Hi Priya, this is Alex Morgan. I met with your team on Tuesday about the Senior Data Engineer role, and I really enjoyed it. I am writing a short thank-you to each person I met, and I want every name and detail right. Could you help me check a few things?

      - Marek Szczepański: an email address first (by post, a letter would arrive after the decision) and how the name is spelled (I have M-A-R-E-K S-Z-C-Z-E-P-A-Ń-S-K-I)

      That is a big help, thank you, Priya. Have a good rest of the day.

      ## After the call

      Write down every spelling exactly as you heard it, then write the letters while the interview is fresh.

      === recipients/call-script · formal · en-US
      Subject: Call to confirm names and addresses
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## Before you dial

      Keep this page and a pen at hand. Allow about three minutes.

      ## What to say

      Hello, may I speak with Priya Raman? Thank you. This is Alex Morgan. I interviewed for the Senior Data Engineer position on Tuesday, November 24. I would like to send a letter of thanks to each interviewer, and I want to be sure of the details. May I check the following with you?

      - Marek Szczepański: an email address first (by post, a letter would arrive after the decision) and how the name is spelled (I have M-A-R-E-K S-Z-C-Z-E-P-A-Ń-S-K-I)

      Thank you very much for your help.

      ## After the call

      Record each name and address exactly as given before you begin the letters.

      === recipients/call-script · formal · en-GB
      Subject: Call to confirm names and addresses
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## Before you dial

      Keep this page and a pen at hand. Allow about three minutes.

      ## What to say

      Hello, may I speak with Priya Raman? Thank you. This is Alex Morgan. I interviewed for the Senior Data Engineer position on Tuesday 24 November. I would like to send a letter of thanks to each interviewer, and I want to be sure of the details. May I check the following with you?

      - Marek Szczepański: an email address first (by post, a letter would arrive after the decision) and how the name is spelled (I have M-A-R-E-K S-Z-C-Z-E-P-A-Ń-S-K-I)

      Thank you very much for your help.

      ## After the call

      Record each name and address exactly as given before you begin the letters.

      === recipients/call-script · brief · en-US
      Subject: Check names and addresses
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya, this is Alex Morgan; I interviewed for the Senior Data Engineer role on Tuesday. I am sending thank-you notes and want the details right. Could you confirm:

      - Marek Szczepański: an email address first (by post, a letter would arrive after the decision) and how the name is spelled (I have M-A-R-E-K S-Z-C-Z-E-P-A-Ń-S-K-I)

      Thanks, that helps.

      === recipients/call-script · brief · en-GB
      Subject: Check names and addresses
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya, this is Alex Morgan; I interviewed for the Senior Data Engineer role on Tuesday. I am sending thank-you notes and want the details right. Could you confirm:

      - Marek Szczepański: an email address first (by post, a letter would arrive after the decision) and how the name is spelled (I have M-A-R-E-K S-Z-C-Z-E-P-A-Ń-S-K-I)

      Thanks, that helps."
    `);
  });
  test("follow-up/call-script", () => {
    expect(allVersions("follow-up/call-script", rich)).toMatchInlineSnapshot(`
      "=== follow-up/call-script · warm · en-US
      Subject: Follow-up call about the Senior Data Engineer role
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## What to say

      Hi Priya, this is Alex Morgan. I met with Dana and Marek about the Senior Data Engineer role on Tuesday, November 24. I understood a decision might come by Monday, November 30, so I thought I would check in. I am still very keen on the role.

      ## Questions to ask

      - Has a decision been made yet?
      - If not, when do you expect one?
      - Is there anything else I can send that would help?

      ## If they have news

      Thank them, whatever it is. If the answer is a yes, ask what happens next; if it is a no, ask to be kept in mind for future openings.

      ## If no one answers

      Leave a short voicemail and send the follow-up email the same day.

      === follow-up/call-script · warm · en-GB
      Subject: Follow-up call about the Senior Data Engineer role
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## What to say

      Hi Priya, this is Alex Morgan. I met with Dana and Marek about the Senior Data Engineer role on Tuesday 24 November. I understood a decision might come by Monday 30 November, so I thought I would check in. I am still very keen on the role.

      ## Questions to ask

      - Has a decision been made yet?
      - If not, when do you expect one?
      - Is there anything else I can send that would help?

      ## If they have news

      Thank them, whatever it is. If the answer is a yes, ask what happens next; if it is a no, ask to be kept in mind for future openings.

      ## If no one answers

      Leave a short voicemail and send the follow-up email the same day.

      === follow-up/call-script · formal · en-US
      Subject: Follow-up call: Senior Data Engineer position
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## What to say

      Hello, may I speak with Priya Raman? Thank you. This is Alex Morgan. I interviewed for the Senior Data Engineer position with Dana and Marek on Tuesday, November 24. I understood that a decision was expected by Monday, November 30, and I am calling to ask about the status of the position. I remain very interested in joining Acme Corp.

      ## Questions to ask

      - Has a decision been reached?
      - If not, when do you expect to reach one?
      - May I provide any further information?

      ## If no one answers

      Leave a brief voicemail, then send the follow-up email on the same day.

      === follow-up/call-script · formal · en-GB
      Subject: Follow-up call: Senior Data Engineer position
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## What to say

      Hello, may I speak with Priya Raman? Thank you. This is Alex Morgan. I interviewed for the Senior Data Engineer position with Dana and Marek on Tuesday 24 November. I understood that a decision was expected by Monday 30 November, and I am calling to ask about the status of the position. I remain very interested in joining Acme Corp.

      ## Questions to ask

      - Has a decision been reached?
      - If not, when do you expect to reach one?
      - May I provide any further information?

      ## If no one answers

      Leave a brief voicemail, then send the follow-up email on the same day.

      === follow-up/call-script · brief · en-US
      Subject: Follow-up call
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya, this is Alex Morgan; I interviewed for the Senior Data Engineer role on Tuesday. A decision was expected by Monday, November 30: is there any news?

      - If not yet: when do you expect to decide?
      - Can I send anything that would help?

      No answer? Leave a voicemail and send the follow-up email.

      === follow-up/call-script · brief · en-GB
      Subject: Follow-up call
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya, this is Alex Morgan; I interviewed for the Senior Data Engineer role on Tuesday. A decision was expected by Monday 30 November: is there any news?

      - If not yet: when do you expect to decide?
      - Can I send anything that would help?

      No answer? Leave a voicemail and send the follow-up email."
    `);
  });
  test("follow-up/voicemail", () => {
    expect(allVersions("follow-up/voicemail", rich)).toMatchInlineSnapshot(`
      "=== follow-up/voicemail · warm · en-US
      Subject: Voicemail for Priya
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya, this is Alex Morgan. I interviewed for the Senior Data Engineer role on Tuesday, and I know a decision was planned by Monday, November 30. I am calling to see where things stand. I am still very keen on the role. You can reach me on +1 312 555 0147. Again, that is +1 312 555 0147. Thanks so much, and have a good day.

      === follow-up/voicemail · warm · en-GB
      Subject: Voicemail for Priya
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya, this is Alex Morgan. I interviewed for the Senior Data Engineer role on Tuesday, and I know a decision was planned by Monday 30 November. I am calling to see where things stand. I am still very keen on the role. You can reach me on +1 312 555 0147. Again, that is +1 312 555 0147. Thanks so much, and have a good day.

      === follow-up/voicemail · formal · en-US
      Subject: Voicemail message
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hello, this message is for Priya Raman. This is Alex Morgan, calling about the Senior Data Engineer position I interviewed for on Tuesday, November 24. I would be grateful for an update on the status of the position. I remain very interested. My number is +1 312 555 0147. I repeat, +1 312 555 0147. Thank you.

      === follow-up/voicemail · formal · en-GB
      Subject: Voicemail message
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hello, this message is for Priya Raman. This is Alex Morgan, calling about the Senior Data Engineer position I interviewed for on Tuesday 24 November. I would be grateful for an update on the status of the position. I remain very interested. My number is +1 312 555 0147. I repeat, +1 312 555 0147. Thank you.

      === follow-up/voicemail · brief · en-US
      Subject: Voicemail
      Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya, it is Alex Morgan, about the Senior Data Engineer role. I am checking in on the decision and I am still keen. Call me on +1 312 555 0147; that is +1 312 555 0147. Thanks!

      === follow-up/voicemail · brief · en-GB
      Subject: Voicemail
      Date: 24 November 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya, it is Alex Morgan, about the Senior Data Engineer role. I am checking in on the decision and I am still keen. Call me on +1 312 555 0147; that is +1 312 555 0147. Thanks!"
    `);
  });
  test("follow-up/email", () => {
    expect(allVersions("follow-up/email", rich)).toMatchInlineSnapshot(`
      "=== follow-up/email · warm · en-US
      Subject: Checking in about the Senior Data Engineer role
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      I hope your week is going well. I met with Dana and Marek about the Senior Data Engineer role on Tuesday, November 24. I understood a decision might come by Monday, November 30, so I wanted to check in on where things stand.

      I am still very keen to join Acme Corp. If there is anything else I can send to help, I would be glad to.

      Warm regards,
      Alex Morgan
      +1 312 555 0147

      === follow-up/email · warm · en-GB
      Subject: Checking in about the Senior Data Engineer role
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      I hope your week is going well. I met with Dana and Marek about the Senior Data Engineer role on Tuesday 24 November. I understood a decision might come by Monday 30 November, so I wanted to check in on where things stand.

      I am still very keen to join Acme Corp. If there is anything else I can send to help, I would be glad to.

      Kind regards,
      Alex Morgan
      +1 312 555 0147

      === follow-up/email · formal · en-US
      Subject: Senior Data Engineer position: following up on my interview of Tuesday, November 24
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman:

      I interviewed for the Senior Data Engineer position with Dana and Marek on Tuesday, November 24. I understood that a decision was expected by Monday, November 30, and I would be grateful for an update on the status of the position.

      I remain very interested in joining Acme Corp and would be pleased to provide any further information you need.

      Sincerely,
      Alex Morgan
      +1 312 555 0147

      === follow-up/email · formal · en-GB
      Subject: Senior Data Engineer position: following up on my interview of Tuesday 24 November
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman,

      I interviewed for the Senior Data Engineer position with Dana and Marek on Tuesday 24 November. I understood that a decision was expected by Monday 30 November, and I would be grateful for an update on the status of the position.

      I remain very interested in joining Acme Corp and would be pleased to provide any further information you need.

      Yours sincerely,
      Alex Morgan
      +1 312 555 0147

      === follow-up/email · brief · en-US
      Subject: Any news on the Senior Data Engineer role?
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      I interviewed for the Senior Data Engineer role on Tuesday, November 24. A decision was expected by Monday, November 30: is there any news? I am still keen to join Acme Corp, and happy to send anything that would help.

      Best,
      Alex Morgan

      === follow-up/email · brief · en-GB
      Subject: Any news on the Senior Data Engineer role?
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      I interviewed for the Senior Data Engineer role on Tuesday 24 November. A decision was expected by Monday 30 November: is there any news? I am still keen to join Acme Corp, and happy to send anything that would help.

      Best wishes,
      Alex Morgan"
    `);
  });
  test("offer/negotiation-email", () => {
    expect(allVersions("offer/negotiation-email", rich)).toMatchInlineSnapshot(`
      "=== offer/negotiation-email · warm · en-US
      Subject: The Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      Thank you for the offer of $95,000 a year. I am excited about the Senior Data Engineer role and about joining Acme Corp, and I want to make this work. Before I accept, I would like to ask whether the base salary could be $108,000.

      Why I think this is fair, from my own work:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      If the base is hard to move, I would be glad to talk about a signing bonus of $7,500; an earlier pay review, after 6 months; and a later start date instead. I am keen to say yes, and I would be happy to talk it through whenever suits you.

      Warm regards,
      Alex Morgan
      +1 312 555 0147

      === offer/negotiation-email · warm · en-GB
      Subject: The Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      Thank you for the offer of US$95,000 a year. I am excited about the Senior Data Engineer role and about joining Acme Corp, and I want to make this work. Before I accept, I would like to ask whether the base salary could be US$108,000.

      Why I think this is fair, from my own work:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      If the base is hard to move, I would be glad to talk about a joining bonus of US$7,500; an earlier pay review, after 6 months; and a later start date instead. I am keen to say yes, and I would be happy to talk it through whenever suits you.

      Kind regards,
      Alex Morgan
      +1 312 555 0147

      === offer/negotiation-email · formal · en-US
      Subject: Senior Data Engineer offer: terms
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman:

      Thank you for offering me the Senior Data Engineer position at $95,000 a year. I am very pleased to have the offer and would like to join Acme Corp. Having considered the role and its responsibilities, I would like to request a base salary of $108,000.

      In support of this request, the relevant experience from my record:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      Should the base salary be fixed, I would welcome a discussion of a signing bonus of $7,500; an earlier pay review, after 6 months; and a later start date. Thank you for considering this request. I look forward to your reply.

      Sincerely,
      Alex Morgan
      +1 312 555 0147

      === offer/negotiation-email · formal · en-GB
      Subject: Senior Data Engineer offer: terms
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman,

      Thank you for offering me the Senior Data Engineer position at US$95,000 a year. I am very pleased to have the offer and would like to join Acme Corp. Having considered the role and its responsibilities, I would like to request a base salary of US$108,000.

      In support of this request, the relevant experience from my record:

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      Should the base salary be fixed, I would welcome a discussion of a joining bonus of US$7,500; an earlier pay review, after 6 months; and a later start date. Thank you for considering this request. I look forward to your reply.

      Yours sincerely,
      Alex Morgan
      +1 312 555 0147

      === offer/negotiation-email · brief · en-US
      Subject: The Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      Thank you for the offer of $95,000 a year; I want to join Acme Corp. Could the base salary be $108,000?

      From my record, in support of the request:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      I would also like to discuss a signing bonus of $7,500; an earlier pay review, after 6 months; and a later start date. Happy to talk whenever suits you.

      Best,
      Alex Morgan

      === offer/negotiation-email · brief · en-GB
      Subject: The Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      Thank you for the offer of US$95,000 a year; I want to join Acme Corp. Could the base salary be US$108,000?

      From my record, in support of the request:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      I would also like to discuss a joining bonus of US$7,500; an earlier pay review, after 6 months; and a later start date. Happy to talk whenever suits you.

      Best wishes,
      Alex Morgan"
    `);
  });
  test("offer/negotiation-call-script", () => {
    expect(allVersions("offer/negotiation-call-script", rich)).toMatchInlineSnapshot(`
      "=== offer/negotiation-call-script · warm · en-US
      Subject: Talking points: the Senior Data Engineer offer
      Date: December 2, 2026 (2026-12-02)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## Open

      Hi Priya, thanks for making the time. I am really pleased about the offer and excited about the Senior Data Engineer role.

      ## The ask

      Before I say yes, I would like to ask whether the base could be $108,000. Then stop and let them answer.

      ## Why it is fair

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      ## Other terms to raise

      - A one-time sign-on bonus of $7,500.
      - A pay review after 6 months instead of the usual year.
      - A later start date

      ## Notes for you (do not read aloud)

      - A good result: $105,000
      - Your floor: $100,000. Keep it to yourself.
      - Offers usually sit at the low end of the range; the posted range goes to 120,000.
      - Your eight years exceed the five the role asks for.
      - Thank them warmly, whatever the answer, and ask for the final terms in writing.

      === offer/negotiation-call-script · warm · en-GB
      Subject: Talking points: the Senior Data Engineer offer
      Date: 2 December 2026 (2026-12-02)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## Open

      Hi Priya, thanks for making the time. I am really pleased about the offer and excited about the Senior Data Engineer role.

      ## The ask

      Before I say yes, I would like to ask whether the base could be US$108,000. Then stop and let them answer.

      ## Why it is fair

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      ## Other terms to raise

      - A one-time sign-on bonus of $7,500.
      - A pay review after 6 months instead of the usual year.
      - A later start date

      ## Notes for you (do not read aloud)

      - A good result: US$105,000
      - Your floor: US$100,000. Keep it to yourself.
      - Offers usually sit at the low end of the range; the posted range goes to 120,000.
      - Your eight years exceed the five the role asks for.
      - Thank them warmly, whatever the answer, and ask for the final terms in writing.

      === offer/negotiation-call-script · formal · en-US
      Subject: Call notes: Senior Data Engineer offer
      Date: December 2, 2026 (2026-12-02)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## Opening

      Hello, Priya Raman. Thank you for your time. I am very pleased to have received the offer for the Senior Data Engineer position.

      ## The request

      Having considered the role, I would like to request a base salary of $108,000. Pause, and allow them to respond.

      ## Supporting points

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      ## Further terms

      - A one-time sign-on bonus of $7,500.
      - A pay review after 6 months instead of the usual year.
      - A later start date

      ## Private notes (not to be read aloud)

      - Good outcome: $105,000
      - Lowest acceptable: $100,000. Do not disclose it.
      - Offers usually sit at the low end of the range; the posted range goes to 120,000.
      - Your eight years exceed the five the role asks for.
      - Close with thanks and ask for the agreed terms in writing.

      === offer/negotiation-call-script · formal · en-GB
      Subject: Call notes: Senior Data Engineer offer
      Date: 2 December 2026 (2026-12-02)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      ## Opening

      Hello, Priya Raman. Thank you for your time. I am very pleased to have received the offer for the Senior Data Engineer position.

      ## The request

      Having considered the role, I would like to request a base salary of US$108,000. Pause, and allow them to respond.

      ## Supporting points

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      ## Further terms

      - A one-time sign-on bonus of $7,500.
      - A pay review after 6 months instead of the usual year.
      - A later start date

      ## Private notes (not to be read aloud)

      - Good outcome: US$105,000
      - Lowest acceptable: US$100,000. Do not disclose it.
      - Offers usually sit at the low end of the range; the posted range goes to 120,000.
      - Your eight years exceed the five the role asks for.
      - Close with thanks and ask for the agreed terms in writing.

      === offer/negotiation-call-script · brief · en-US
      Subject: Offer call
      Date: December 2, 2026 (2026-12-02)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Thanks for the offer; I am excited about the Senior Data Engineer role. Could the base be $108,000? Then wait for the answer.

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes
      - Also: A one-time sign-on bonus of $7,500.
      - Also: A pay review after 6 months instead of the usual year.
      - Also: A later start date

      Your floor, never said aloud: $100,000. Get the final terms in writing.

      === offer/negotiation-call-script · brief · en-GB
      Subject: Offer call
      Date: 2 December 2026 (2026-12-02)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman / Recruiting Coordinator <priya.raman@acme.example, +1 212 555 0100>

      Thanks for the offer; I am excited about the Senior Data Engineer role. Could the base be US$108,000? Then wait for the answer.

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes
      - Also: A one-time sign-on bonus of $7,500.
      - Also: A pay review after 6 months instead of the usual year.
      - Also: A later start date

      Your floor, never said aloud: US$100,000. Get the final terms in writing."
    `);
  });
  test("offer/acceptance", () => {
    expect(allVersions("offer/acceptance", rich)).toMatchInlineSnapshot(`
      "=== offer/acceptance · warm · en-US
      Subject: Accepting the Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      I am delighted to accept the offer to join Acme Corp as Senior Data Engineer. Thank you, and thank everyone who made the process so welcoming.

      Here are the terms as I understand them:

      - Base salary: $95,000 a year
      - Signing bonus: $10,000
      - Equity: $40,000, vesting over 4 years
      - Paid time off: 20 days a year
      - Start date: January 11, 2027

      Please let me know if I have anything wrong, and what you need from me before I start. I can't wait to get going.

      Warm regards,
      Alex Morgan
      +1 312 555 0147

      === offer/acceptance · warm · en-GB
      Subject: Accepting the Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      I am delighted to accept the offer to join Acme Corp as Senior Data Engineer. Thank you, and thank everyone who made the process so welcoming.

      Here are the terms as I understand them:

      - Base salary: US$95,000 a year
      - Joining bonus: US$10,000
      - Equity: US$40,000, vesting over 4 years
      - Annual leave: 20 days a year
      - Start date: 11 January 2027

      Please let me know if I have anything wrong, and what you need from me before I start. I can't wait to get going.

      Kind regards,
      Alex Morgan
      +1 312 555 0147

      === offer/acceptance · formal · en-US
      Subject: Acceptance of offer: Senior Data Engineer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman:

      I am pleased to accept your offer of the Senior Data Engineer position at Acme Corp. Thank you for the confidence you have shown in me.

      I understand the terms to be as follows:

      - Base salary: $95,000 a year
      - Signing bonus: $10,000
      - Equity: $40,000, vesting over 4 years
      - Paid time off: 20 days a year
      - Start date: January 11, 2027

      Please let me know if any of these details differ from your records, and what you will need from me before my first day. I look forward to joining the team.

      Sincerely,
      Alex Morgan
      +1 312 555 0147

      === offer/acceptance · formal · en-GB
      Subject: Acceptance of offer: Senior Data Engineer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman,

      I am pleased to accept your offer of the Senior Data Engineer position at Acme Corp. Thank you for the confidence you have shown in me.

      I understand the terms to be as follows:

      - Base salary: US$95,000 a year
      - Joining bonus: US$10,000
      - Equity: US$40,000, vesting over 4 years
      - Annual leave: 20 days a year
      - Start date: 11 January 2027

      Please let me know if any of these details differ from your records, and what you will need from me before my first day. I look forward to joining the team.

      Yours sincerely,
      Alex Morgan
      +1 312 555 0147

      === offer/acceptance · brief · en-US
      Subject: Yes to the Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      I am happy to accept the Senior Data Engineer offer at Acme Corp. Thank you!

      The terms as I have them:

      - Base salary: $95,000 a year
      - Signing bonus: $10,000
      - Equity: $40,000, vesting over 4 years
      - Paid time off: 20 days a year
      - Start date: January 11, 2027

      Let me know if anything is off, and what you need from me.

      Best,
      Alex Morgan

      === offer/acceptance · brief · en-GB
      Subject: Yes to the Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      I am happy to accept the Senior Data Engineer offer at Acme Corp. Thank you!

      The terms as I have them:

      - Base salary: US$95,000 a year
      - Joining bonus: US$10,000
      - Equity: US$40,000, vesting over 4 years
      - Annual leave: 20 days a year
      - Start date: 11 January 2027

      Let me know if anything is off, and what you need from me.

      Best wishes,
      Alex Morgan"
    `);
  });
  test("offer/decline", () => {
    expect(allVersions("offer/decline", rich)).toMatchInlineSnapshot(`
      "=== offer/decline · warm · en-US
      Subject: The Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      Thank you so much for the offer to join Acme Corp as Senior Data Engineer, and for the time you and the team gave me. After a lot of thought, I have decided to turn it down. It was a hard decision, because I enjoyed meeting everyone.

      I hope our paths cross again, and I would be glad to stay in touch.

      Warm regards,
      Alex Morgan
      +1 312 555 0147

      === offer/decline · warm · en-GB
      Subject: The Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      Thank you so much for the offer to join Acme Corp as Senior Data Engineer, and for the time you and the team gave me. After a lot of thought, I have decided to turn it down. It was a hard decision, because I enjoyed meeting everyone.

      I hope our paths cross again, and I would be glad to stay in touch.

      Kind regards,
      Alex Morgan
      +1 312 555 0147

      === offer/decline · formal · en-US
      Subject: Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman:

      Thank you for offering me the Senior Data Engineer position at Acme Corp. After careful consideration, I have decided to decline the offer.

      I appreciate the time you and your colleagues invested in the process, and I hold Acme Corp in high regard. I hope we will have the opportunity to work together in the future.

      Sincerely,
      Alex Morgan
      +1 312 555 0147

      === offer/decline · formal · en-GB
      Subject: Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman,

      Thank you for offering me the Senior Data Engineer position at Acme Corp. After careful consideration, I have decided to decline the offer.

      I appreciate the time you and your colleagues invested in the process, and I hold Acme Corp in high regard. I hope we will have the opportunity to work together in the future.

      Yours sincerely,
      Alex Morgan
      +1 312 555 0147

      === offer/decline · brief · en-US
      Subject: The Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      Thank you for the Senior Data Engineer offer. After some thought, I have decided to decline it. I enjoyed meeting the team at Acme Corp and hope we cross paths again.

      Best,
      Alex Morgan

      === offer/decline · brief · en-GB
      Subject: The Senior Data Engineer offer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      Thank you for the Senior Data Engineer offer. After some thought, I have decided to decline it. I enjoyed meeting the team at Acme Corp and hope we cross paths again.

      Best wishes,
      Alex Morgan"
    `);
  });
  test("outcome/rejection-reply", () => {
    expect(allVersions("outcome/rejection-reply", rich)).toMatchInlineSnapshot(`
      "=== outcome/rejection-reply · warm · en-US
      Subject: Thank you
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      Thank you for letting me know, and for the care you took throughout the process. I am disappointed, of course, but I am glad I had the chance to meet the team and to hear about the warehouse migration. Please pass my thanks to Dana and Marek as well.

      I would still love to work with Acme Corp. If another role opens that fits my background, I hope you will think of me.

      Warm regards,
      Alex Morgan
      +1 312 555 0147

      === outcome/rejection-reply · warm · en-GB
      Subject: Thank you
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      Thank you for letting me know, and for the care you took throughout the process. I am disappointed, of course, but I am glad I had the chance to meet the team and to hear about the warehouse migration. Please pass my thanks to Dana and Marek as well.

      I would still love to work with Acme Corp. If another role opens that fits my background, I hope you will think of me.

      Kind regards,
      Alex Morgan
      +1 312 555 0147

      === outcome/rejection-reply · formal · en-US
      Subject: Senior Data Engineer position
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman:

      Thank you for informing me of your decision regarding the Senior Data Engineer position, and for the time you and your colleagues gave me. I valued learning about the warehouse migration.

      I remain interested in Acme Corp and would be grateful if you would keep me in mind for future openings that suit my experience.

      Sincerely,
      Alex Morgan
      +1 312 555 0147

      === outcome/rejection-reply · formal · en-GB
      Subject: Senior Data Engineer position
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman,

      Thank you for informing me of your decision regarding the Senior Data Engineer position, and for the time you and your colleagues gave me. I valued learning about the warehouse migration.

      I remain interested in Acme Corp and would be grateful if you would keep me in mind for future openings that suit my experience.

      Yours sincerely,
      Alex Morgan
      +1 312 555 0147

      === outcome/rejection-reply · brief · en-US
      Subject: Thank you
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      Thank you for letting me know, and for your time throughout the process. I would still like to work with Acme Corp, so please keep me in mind for future openings.

      Best,
      Alex Morgan

      === outcome/rejection-reply · brief · en-GB
      Subject: Thank you
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      Thank you for letting me know, and for your time throughout the process. I would still like to work with Acme Corp, so please keep me in mind for future openings.

      Best wishes,
      Alex Morgan"
    `);
  });
  test("outcome/withdrawal", () => {
    expect(allVersions("outcome/withdrawal", rich)).toMatchInlineSnapshot(`
      "=== outcome/withdrawal · warm · en-US
      Subject: The Senior Data Engineer role
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      Thank you for meeting with me on Tuesday, and for the conversation about the warehouse migration. After thinking it over, I have decided to withdraw from the process for the Senior Data Engineer role. It is not the right fit for me at this point, and I would rather tell you now so you can move ahead with other candidates.

      I enjoyed meeting the team at Acme Corp, and I hope our paths cross again.

      Warm regards,
      Alex Morgan
      +1 312 555 0147

      === outcome/withdrawal · warm · en-GB
      Subject: The Senior Data Engineer role
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya,

      Thank you for meeting with me on Tuesday, and for the conversation about the warehouse migration. After thinking it over, I have decided to withdraw from the process for the Senior Data Engineer role. It is not the right fit for me at this point, and I would rather tell you now so you can move ahead with other candidates.

      I enjoyed meeting the team at Acme Corp, and I hope our paths cross again.

      Kind regards,
      Alex Morgan
      +1 312 555 0147

      === outcome/withdrawal · formal · en-US
      Subject: Withdrawal of my application: Senior Data Engineer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman:

      Thank you for the opportunity to interview for the Senior Data Engineer position on Tuesday, November 24. After careful consideration, I have decided to withdraw my application. I wanted to let you know promptly so that the process can continue without delay.

      I appreciate the time you and your colleagues gave me, and I wish Acme Corp every success.

      Sincerely,
      Alex Morgan
      +1 312 555 0147

      === outcome/withdrawal · formal · en-GB
      Subject: Withdrawal of my application: Senior Data Engineer
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Dear Priya Raman,

      Thank you for the opportunity to interview for the Senior Data Engineer position on Tuesday 24 November. After careful consideration, I have decided to withdraw my application. I wanted to let you know promptly so that the process can continue without delay.

      I appreciate the time you and your colleagues gave me, and I wish Acme Corp every success.

      Yours sincerely,
      Alex Morgan
      +1 312 555 0147

      === outcome/withdrawal · brief · en-US
      Subject: The Senior Data Engineer role
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      Thank you for Tuesday. I have decided to withdraw from the Senior Data Engineer process, and wanted to tell you promptly. Thanks again to everyone at Acme Corp.

      Best,
      Alex Morgan

      === outcome/withdrawal · brief · en-GB
      Subject: The Senior Data Engineer role
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Priya Raman <priya.raman@acme.example, +1 212 555 0100>

      Hi Priya,

      Thank you for Tuesday. I have decided to withdraw from the Senior Data Engineer process, and wanted to tell you promptly. Thanks again to everyone at Acme Corp.

      Best wishes,
      Alex Morgan"
    `);
  });
  test("outcome/reflection", () => {
    expect(allVersions("outcome/reflection", rich)).toMatchInlineSnapshot(`
      "=== outcome/reflection · warm · en-US
      Subject: Looking back on the Senior Data Engineer interview
      Date: November 24, 2026 (2026-11-24)

      Every interview is practice for the next one, whatever the answer. Take ten minutes tonight while it is fresh.

      ## What went well

      - Which answer felt strongest, and why did it land?
      - When did the conversation feel most like two colleagues talking?
      - Your talk with Dana Whitfield about the warehouse migration and on-call load on the data team: what did they respond to?
      - Your talk with Marek Szczepański about streaming ingestion with late-arriving events: what did they respond to?

      ## What to practice

      - The example you left out: say it aloud in under a minute. When Marek asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.
      - Which question caught you off guard? Write a better answer now.
      - Where did you ramble or rush? Pick one answer to tighten.

      ## Keep leading with

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      ## What comes next

      The decision is expected by Monday, November 30. If you have heard nothing by then, call on Tuesday, December 1. Until then, rest: it is out of your hands.

      === outcome/reflection · warm · en-GB
      Subject: Looking back on the Senior Data Engineer interview
      Date: 24 November 2026 (2026-11-24)

      Every interview is practice for the next one, whatever the answer. Take ten minutes tonight while it is fresh.

      ## What went well

      - Which answer felt strongest, and why did it land?
      - When did the conversation feel most like two colleagues talking?
      - Your talk with Dana Whitfield about the warehouse migration and on-call load on the data team: what did they respond to?
      - Your talk with Marek Szczepański about streaming ingestion with late-arriving events: what did they respond to?

      ## What to practise

      - The example you left out: say it aloud in under a minute. When Marek asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.
      - Which question caught you off guard? Write a better answer now.
      - Where did you ramble or rush? Pick one answer to tighten.

      ## Keep leading with

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      ## What comes next

      The decision is expected by Monday 30 November. If you have heard nothing by then, call on Tuesday 1 December. Until then, rest: it is out of your hands.

      === outcome/reflection · formal · en-US
      Subject: Interview review: Senior Data Engineer, Acme Corp
      Date: November 24, 2026 (2026-11-24)

      Each interview is a chance to improve, whatever its outcome. Complete this review on the day of the interview.

      ## Strengths shown

      - Which answers were most effective, and why?
      - Your talk with Dana Whitfield about the warehouse migration and on-call load on the data team: which points were well received?
      - Your talk with Marek Szczepański about streaming ingestion with late-arriving events: which points were well received?

      ## Areas to practice

      - The example not given: rehearse a concise version of it. When Marek asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.
      - Which questions were difficult? Prepare a stronger answer to each.
      - Which answers were too long or too short?

      ## Points to emphasize next time

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      ## Next steps

      The decision is expected by Monday, November 30. If there is no news by then, the first follow-up call is on Tuesday, December 1.

      === outcome/reflection · formal · en-GB
      Subject: Interview review: Senior Data Engineer, Acme Corp
      Date: 24 November 2026 (2026-11-24)

      Each interview is a chance to improve, whatever its outcome. Complete this review on the day of the interview.

      ## Strengths shown

      - Which answers were most effective, and why?
      - Your talk with Dana Whitfield about the warehouse migration and on-call load on the data team: which points were well received?
      - Your talk with Marek Szczepański about streaming ingestion with late-arriving events: which points were well received?

      ## Areas to practise

      - The example not given: rehearse a concise version of it. When Marek asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.
      - Which questions were difficult? Prepare a stronger answer to each.
      - Which answers were too long or too short?

      ## Points to emphasise next time

      - Led a warehouse migration of 40 TB with no missed reporting deadline
      - Cut the nightly pipeline from six hours to ninety minutes

      ## Next steps

      The decision is expected by Monday 30 November. If there is no news by then, the first follow-up call is on Tuesday 1 December.

      === outcome/reflection · brief · en-US
      Subject: Interview notes: Senior Data Engineer
      Date: November 24, 2026 (2026-11-24)

      Every interview is practice. Five minutes, while it is fresh:

      - What went well?
      - Which question would you answer differently?
      - Rehearse the example you left out. When Marek asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.

      The example to keep leading with:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Decision expected by Monday, November 30; call on Tuesday, December 1 if there is no news.

      === outcome/reflection · brief · en-GB
      Subject: Interview notes: Senior Data Engineer
      Date: 24 November 2026 (2026-11-24)

      Every interview is practice. Five minutes, while it is fresh:

      - What went well?
      - Which question would you answer differently?
      - Rehearse the example you left out. When Marek asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.

      The example to keep leading with:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Decision expected by Monday 30 November; call on Tuesday 1 December if there is no news."
    `);
  });
  test("outcome/celebrate", () => {
    expect(allVersions("outcome/celebrate", rich)).toMatchInlineSnapshot(`
      "=== outcome/celebrate · warm · en-US
      Subject: You got the Senior Data Engineer job!
      Date: December 2, 2026 (2026-12-02)

      Congratulations! You earned this. Before the celebrating takes over, close the loop with everyone who helped.

      ## Checklist

      - Accept the offer in writing, restating the pay, the start date and any terms you agreed.
      - Put your start date, January 11, 2027, in your calendar and ask what to bring on day one.
      - Tell the other employers you were talking to, and withdraw from those processes politely.
      - Thank your references, and tell them how it turned out.
      - Send a short thank-you to Priya Raman, Dana Whitfield, and Marek Szczepański.
      - Update your profile and your notes on this search, while you still remember what worked.
      - Celebrate with the people who cheered you on.

      === outcome/celebrate · warm · en-GB
      Subject: You got the Senior Data Engineer job!
      Date: 2 December 2026 (2026-12-02)

      Congratulations! You earned this. Before the celebrating takes over, close the loop with everyone who helped.

      ## Checklist

      - Accept the offer in writing, restating the pay, the start date and any terms you agreed.
      - Put your start date, 11 January 2027, in your calendar and ask what to bring on day one.
      - Tell the other employers you were talking to, and withdraw from those processes politely.
      - Thank your references, and tell them how it turned out.
      - Send a short thank-you to Priya Raman, Dana Whitfield and Marek Szczepański.
      - Update your profile and your notes on this search, while you still remember what worked.
      - Celebrate with the people who cheered you on.

      === outcome/celebrate · formal · en-US
      Subject: Offer accepted: Senior Data Engineer, Acme Corp
      Date: December 2, 2026 (2026-12-02)

      Congratulations on your new position. The steps below complete the process properly.

      ## Checklist

      - Confirm your acceptance in writing, restating the salary, start date and agreed terms.
      - Note your start date, January 11, 2027, and confirm the arrangements for your first day.
      - Inform the other employers you were in contact with, and withdraw your applications.
      - Thank your references and let them know the outcome.
      - Write a brief note of thanks to Priya Raman, Dana Whitfield, and Marek Szczepański.
      - Update your records of this search for future reference.
      - Mark the occasion.

      === outcome/celebrate · formal · en-GB
      Subject: Offer accepted: Senior Data Engineer, Acme Corp
      Date: 2 December 2026 (2026-12-02)

      Congratulations on your new position. The steps below complete the process properly.

      ## Checklist

      - Confirm your acceptance in writing, restating the salary, start date and agreed terms.
      - Note your start date, 11 January 2027, and confirm the arrangements for your first day.
      - Inform the other employers you were in contact with, and withdraw your applications.
      - Thank your references and let them know the outcome.
      - Write a brief note of thanks to Priya Raman, Dana Whitfield and Marek Szczepański.
      - Update your records of this search for future reference.
      - Mark the occasion.

      === outcome/celebrate · brief · en-US
      Subject: Done: the Senior Data Engineer job
      Date: December 2, 2026 (2026-12-02)

      Congratulations! Now close the loop:

      - Accept in writing.
      - Tell the other employers.
      - Thank your references.
      - Thank Priya Raman, Dana Whitfield, and Marek Szczepański.
      - Celebrate.

      === outcome/celebrate · brief · en-GB
      Subject: Done: the Senior Data Engineer job
      Date: 2 December 2026 (2026-12-02)

      Congratulations! Now close the loop:

      - Accept in writing.
      - Tell the other employers.
      - Thank your references.
      - Thank Priya Raman, Dana Whitfield and Marek Szczepański.
      - Celebrate."
    `);
  });
});

describe("every template, sparse interview", () => {
  test("thank-you/letter", () => {
    expect(allVersions("thank-you/letter", sparse)).toMatchInlineSnapshot(`
      "=== thank-you/letter · warm · en-US
      Subject: Thank you, from Jo Bloggs
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee / Globex

      Dear Sam,

      Thank you for talking with me over video on Tuesday. I left even more certain that I want to join Globex as its Analyst.

      Thanks again for your time and for such an easy, open conversation.

      Warm regards,
      Jo Bloggs

      === thank-you/letter · warm · en-GB
      Subject: Thank you, from Jo Bloggs
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee / Globex

      Dear Sam,

      Thank you for talking with me over video on Tuesday. I left even more certain that I want to join Globex as its Analyst.

      Thanks again for your time and for such an easy, open conversation.

      Kind regards,
      Jo Bloggs

      === thank-you/letter · formal · en-US
      Subject: Analyst interview on Tuesday, March 10
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee / Globex

      Dear Sam Lee:

      Thank you for talking with me over video to discuss the Analyst position on Tuesday, March 10.

      I remain keen to join Globex, and I am confident this role is where I can do my best work.

      Thank you again for your time and consideration. I look forward to hearing from you.

      Sincerely,
      Jo Bloggs

      === thank-you/letter · formal · en-GB
      Subject: Analyst interview on Tuesday 10 March
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee / Globex

      Dear Sam Lee,

      Thank you for talking with me over video to discuss the Analyst position on Tuesday 10 March.

      I remain keen to join Globex, and I am confident this role is where I can do my best work.

      Thank you again for your time and consideration. I look forward to hearing from you.

      Yours sincerely,
      Jo Bloggs

      === thank-you/letter · brief · en-US
      Subject: Thank you, from Jo Bloggs
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee / Globex

      Dear Sam,

      Thank you for talking with me over video on Tuesday. I want this role at Globex very much.

      Best,
      Jo Bloggs

      === thank-you/letter · brief · en-GB
      Subject: Thank you, from Jo Bloggs
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee / Globex

      Dear Sam,

      Thank you for talking with me over video on Tuesday. I want this role at Globex very much.

      Best wishes,
      Jo Bloggs"
    `);
  });
  test("thank-you/email", () => {
    expect(allVersions("thank-you/email", sparse)).toMatchInlineSnapshot(`
      "=== thank-you/email · warm · en-US
      Subject: Thank you for Tuesday
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for talking with me over video on Tuesday. I enjoyed every part of it. I came away even more sure that I want to be the Analyst at Globex.

      Thanks again for your time, and I hope to speak with you soon.

      Warm regards,
      Jo Bloggs

      === thank-you/email · warm · en-GB
      Subject: Thank you for Tuesday
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for talking with me over video on Tuesday. I enjoyed every part of it. I came away even more sure that I want to be the Analyst at Globex.

      Thanks again for your time, and I hope to speak with you soon.

      Kind regards,
      Jo Bloggs

      === thank-you/email · formal · en-US
      Subject: Thank you: Analyst interview on Tuesday, March 10
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee:

      Thank you for talking with me over video to discuss the Analyst position on Tuesday, March 10. I remain keen to join Globex, and I am confident this is the right role for me.

      Thank you again for your time and consideration. I look forward to hearing from you.

      Sincerely,
      Jo Bloggs

      === thank-you/email · formal · en-GB
      Subject: Thank you: Analyst interview on Tuesday 10 March
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee,

      Thank you for talking with me over video to discuss the Analyst position on Tuesday 10 March. I remain keen to join Globex, and I am confident this is the right role for me.

      Thank you again for your time and consideration. I look forward to hearing from you.

      Yours sincerely,
      Jo Bloggs

      === thank-you/email · brief · en-US
      Subject: Thank you for Tuesday
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for talking with me over video on Tuesday. I want this role at Globex and would be glad to join the team.

      Best,
      Jo Bloggs

      === thank-you/email · brief · en-GB
      Subject: Thank you for Tuesday
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for talking with me over video on Tuesday. I want this role at Globex and would be glad to join the team.

      Best wishes,
      Jo Bloggs"
    `);
  });
  test("thank-you/note", () => {
    expect(allVersions("thank-you/note", sparse)).toMatchInlineSnapshot(`
      "=== thank-you/note · warm · en-US
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for talking with me over video on Tuesday. I would love to join Globex as its Analyst.

      Warm regards,
      Jo

      === thank-you/note · warm · en-GB
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for talking with me over video on Tuesday. I would love to join Globex as its Analyst.

      Kind regards,
      Jo

      === thank-you/note · formal · en-US
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee,

      Thank you for talking with me over video on Tuesday, March 10. I remain very interested in the Analyst position at Globex.

      Sincerely,
      Jo Bloggs

      === thank-you/note · formal · en-GB
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee,

      Thank you for talking with me over video on Tuesday 10 March. I remain very interested in the Analyst position at Globex.

      Yours sincerely,
      Jo Bloggs

      === thank-you/note · brief · en-US
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for Tuesday. I want this role at Globex.

      Best,
      Jo

      === thank-you/note · brief · en-GB
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for Tuesday. I want this role at Globex.

      Best wishes,
      Jo"
    `);
  });
  test("recipients/call-script", () => {
    expect(allVersions("recipients/call-script", sparse)).toMatchInlineSnapshot(`
      "=== recipients/call-script · warm · en-US
      Subject: Call Sam to check names and addresses
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## Before you dial

      Have this list and a pen ready. The call takes two or three minutes.

      ## What to say

      Hi Sam, this is Jo Bloggs. I talked with your team on Tuesday about the Analyst role, and I really enjoyed it. I am writing a short thank-you to each person I met, and I want every name and detail right. Could you help me check a few things?

      - You: how your name is spelled (I have S-A-M L-E-E); your job title; your mailing address for a letter; and an email address for you, if you are happy to share one
      - The second person I met: their name and how it is spelled; their job title; the mailing address for a letter; and an email address, if they are happy to share one

      That is a big help, thank you, Sam. Have a good rest of the day.

      ## After the call

      Write down every spelling exactly as you heard it, then write the letters while the interview is fresh.

      === recipients/call-script · warm · en-GB
      Subject: Call Sam to check names and addresses
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## Before you dial

      Have this list and a pen ready. The call takes two or three minutes.

      ## What to say

      Hi Sam, this is Jo Bloggs. I talked with your team on Tuesday about the Analyst role, and I really enjoyed it. I am writing a short thank-you to each person I met, and I want every name and detail right. Could you help me check a few things?

      - You: how your name is spelled (I have S-A-M L-E-E); your job title; your mailing address for a letter; and an email address for you, if you are happy to share one
      - The second person I met: their name and how it is spelled; their job title; the mailing address for a letter; and an email address, if they are happy to share one

      That is a big help, thank you, Sam. Have a good rest of the day.

      ## After the call

      Write down every spelling exactly as you heard it, then write the letters while the interview is fresh.

      === recipients/call-script · formal · en-US
      Subject: Call to confirm names and addresses
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## Before you dial

      Keep this page and a pen at hand. Allow about three minutes.

      ## What to say

      Hello, may I speak with Sam Lee? Thank you. This is Jo Bloggs. I interviewed for the Analyst position on Tuesday, March 10. I would like to send a letter of thanks to each interviewer, and I want to be sure of the details. May I check the following with you?

      - You: how your name is spelled (I have S-A-M L-E-E); your job title; your mailing address for a letter; and an email address for you, if you are happy to share one
      - The second person I met: their name and how it is spelled; their job title; the mailing address for a letter; and an email address, if they are happy to share one

      Thank you very much for your help.

      ## After the call

      Record each name and address exactly as given before you begin the letters.

      === recipients/call-script · formal · en-GB
      Subject: Call to confirm names and addresses
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## Before you dial

      Keep this page and a pen at hand. Allow about three minutes.

      ## What to say

      Hello, may I speak with Sam Lee? Thank you. This is Jo Bloggs. I interviewed for the Analyst position on Tuesday 10 March. I would like to send a letter of thanks to each interviewer, and I want to be sure of the details. May I check the following with you?

      - You: how your name is spelled (I have S-A-M L-E-E); your job title; your mailing address for a letter; and an email address for you, if you are happy to share one
      - The second person I met: their name and how it is spelled; their job title; the mailing address for a letter; and an email address, if they are happy to share one

      Thank you very much for your help.

      ## After the call

      Record each name and address exactly as given before you begin the letters.

      === recipients/call-script · brief · en-US
      Subject: Check names and addresses
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam, this is Jo Bloggs; I interviewed for the Analyst role on Tuesday. I am sending thank-you notes and want the details right. Could you confirm:

      - You: how your name is spelled (I have S-A-M L-E-E); your job title; your mailing address for a letter; and an email address for you, if you are happy to share one
      - The second person I met: their name and how it is spelled; their job title; the mailing address for a letter; and an email address, if they are happy to share one

      Thanks, that helps.

      === recipients/call-script · brief · en-GB
      Subject: Check names and addresses
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam, this is Jo Bloggs; I interviewed for the Analyst role on Tuesday. I am sending thank-you notes and want the details right. Could you confirm:

      - You: how your name is spelled (I have S-A-M L-E-E); your job title; your mailing address for a letter; and an email address for you, if you are happy to share one
      - The second person I met: their name and how it is spelled; their job title; the mailing address for a letter; and an email address, if they are happy to share one

      Thanks, that helps."
    `);
  });
  test("follow-up/call-script", () => {
    expect(allVersions("follow-up/call-script", sparse)).toMatchInlineSnapshot(`
      "=== follow-up/call-script · warm · en-US
      Subject: Follow-up call about the Analyst role
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## What to say

      Hi Sam, this is Jo Bloggs. I talked with you about the Analyst role on Tuesday, March 10. I wanted to check in on how the search is going. I am still very keen on the role.

      ## Questions to ask

      - Has a decision been made yet?
      - If not, when do you expect one?
      - Is there anything else I can send that would help?

      ## If they have news

      Thank them, whatever it is. If the answer is a yes, ask what happens next; if it is a no, ask to be kept in mind for future openings.

      ## If no one answers

      Leave a short voicemail and send the follow-up email the same day.

      === follow-up/call-script · warm · en-GB
      Subject: Follow-up call about the Analyst role
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## What to say

      Hi Sam, this is Jo Bloggs. I talked with you about the Analyst role on Tuesday 10 March. I wanted to check in on how the search is going. I am still very keen on the role.

      ## Questions to ask

      - Has a decision been made yet?
      - If not, when do you expect one?
      - Is there anything else I can send that would help?

      ## If they have news

      Thank them, whatever it is. If the answer is a yes, ask what happens next; if it is a no, ask to be kept in mind for future openings.

      ## If no one answers

      Leave a short voicemail and send the follow-up email the same day.

      === follow-up/call-script · formal · en-US
      Subject: Follow-up call: Analyst position
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## What to say

      Hello, may I speak with Sam Lee? Thank you. This is Jo Bloggs. I interviewed for the Analyst position with you on Tuesday, March 10. I am calling to ask about the status of the position. I remain very interested in joining Globex.

      ## Questions to ask

      - Has a decision been reached?
      - If not, when do you expect to reach one?
      - May I provide any further information?

      ## If no one answers

      Leave a brief voicemail, then send the follow-up email on the same day.

      === follow-up/call-script · formal · en-GB
      Subject: Follow-up call: Analyst position
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## What to say

      Hello, may I speak with Sam Lee? Thank you. This is Jo Bloggs. I interviewed for the Analyst position with you on Tuesday 10 March. I am calling to ask about the status of the position. I remain very interested in joining Globex.

      ## Questions to ask

      - Has a decision been reached?
      - If not, when do you expect to reach one?
      - May I provide any further information?

      ## If no one answers

      Leave a brief voicemail, then send the follow-up email on the same day.

      === follow-up/call-script · brief · en-US
      Subject: Follow-up call
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam, this is Jo Bloggs; I interviewed for the Analyst role on Tuesday. Is there any news on the role?

      - If not yet: when do you expect to decide?
      - Can I send anything that would help?

      No answer? Leave a voicemail and send the follow-up email.

      === follow-up/call-script · brief · en-GB
      Subject: Follow-up call
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam, this is Jo Bloggs; I interviewed for the Analyst role on Tuesday. Is there any news on the role?

      - If not yet: when do you expect to decide?
      - Can I send anything that would help?

      No answer? Leave a voicemail and send the follow-up email."
    `);
  });
  test("follow-up/voicemail", () => {
    expect(allVersions("follow-up/voicemail", sparse)).toMatchInlineSnapshot(`
      "=== follow-up/voicemail · warm · en-US
      Subject: Voicemail for Sam
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam, this is Jo Bloggs. I interviewed for the Analyst role on Tuesday. I am calling to see where things stand. I am still very keen on the role. I will send a short email as well. Thanks so much, and have a good day.

      === follow-up/voicemail · warm · en-GB
      Subject: Voicemail for Sam
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam, this is Jo Bloggs. I interviewed for the Analyst role on Tuesday. I am calling to see where things stand. I am still very keen on the role. I will send a short email as well. Thanks so much, and have a good day.

      === follow-up/voicemail · formal · en-US
      Subject: Voicemail message
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hello, this message is for Sam Lee. This is Jo Bloggs, calling about the Analyst position I interviewed for on Tuesday, March 10. I would be grateful for an update on the status of the position. I remain very interested. I will also follow up by email. Thank you.

      === follow-up/voicemail · formal · en-GB
      Subject: Voicemail message
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hello, this message is for Sam Lee. This is Jo Bloggs, calling about the Analyst position I interviewed for on Tuesday 10 March. I would be grateful for an update on the status of the position. I remain very interested. I will also follow up by email. Thank you.

      === follow-up/voicemail · brief · en-US
      Subject: Voicemail
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam, it is Jo Bloggs, about the Analyst role. I am checking in on the decision and I am still keen. Thanks!

      === follow-up/voicemail · brief · en-GB
      Subject: Voicemail
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam, it is Jo Bloggs, about the Analyst role. I am checking in on the decision and I am still keen. Thanks!"
    `);
  });
  test("follow-up/email", () => {
    expect(allVersions("follow-up/email", sparse)).toMatchInlineSnapshot(`
      "=== follow-up/email · warm · en-US
      Subject: Checking in about the Analyst role
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      I hope your week is going well. I talked with you about the Analyst role on Tuesday, March 10. I wanted to check in on where things stand.

      I am still very keen to join Globex. If there is anything else I can send to help, I would be glad to.

      Warm regards,
      Jo Bloggs

      === follow-up/email · warm · en-GB
      Subject: Checking in about the Analyst role
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      I hope your week is going well. I talked with you about the Analyst role on Tuesday 10 March. I wanted to check in on where things stand.

      I am still very keen to join Globex. If there is anything else I can send to help, I would be glad to.

      Kind regards,
      Jo Bloggs

      === follow-up/email · formal · en-US
      Subject: Analyst position: following up on my interview of Tuesday, March 10
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee:

      I interviewed for the Analyst position with you on Tuesday, March 10. I would be grateful for an update on the status of the position.

      I remain very interested in joining Globex and would be pleased to provide any further information you need.

      Sincerely,
      Jo Bloggs

      === follow-up/email · formal · en-GB
      Subject: Analyst position: following up on my interview of Tuesday 10 March
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee,

      I interviewed for the Analyst position with you on Tuesday 10 March. I would be grateful for an update on the status of the position.

      I remain very interested in joining Globex and would be pleased to provide any further information you need.

      Yours sincerely,
      Jo Bloggs

      === follow-up/email · brief · en-US
      Subject: Any news on the Analyst role?
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      I interviewed for the Analyst role on Tuesday, March 10. Is there any news? I am still keen to join Globex, and happy to send anything that would help.

      Best,
      Jo Bloggs

      === follow-up/email · brief · en-GB
      Subject: Any news on the Analyst role?
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      I interviewed for the Analyst role on Tuesday 10 March. Is there any news? I am still keen to join Globex, and happy to send anything that would help.

      Best wishes,
      Jo Bloggs"
    `);
  });
  test("offer/negotiation-email", () => {
    expect(allVersions("offer/negotiation-email", sparse)).toMatchInlineSnapshot(`
      "=== offer/negotiation-email · warm · en-US
      Subject: The Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for the offer of £42,000 a year. I am excited about the Analyst role and about joining Globex, and I want to make this work.

      I am keen to say yes, and I would be happy to talk about next steps whenever suits you.

      Warm regards,
      Jo Bloggs

      === offer/negotiation-email · warm · en-GB
      Subject: The Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for the offer of £42,000 a year. I am excited about the Analyst role and about joining Globex, and I want to make this work.

      I am keen to say yes, and I would be happy to talk about next steps whenever suits you.

      Kind regards,
      Jo Bloggs

      === offer/negotiation-email · formal · en-US
      Subject: Analyst offer: terms
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee:

      Thank you for offering me the Analyst position at £42,000 a year. I am very pleased to have the offer and would like to join Globex.

      Thank you again. I look forward to discussing the next steps.

      Sincerely,
      Jo Bloggs

      === offer/negotiation-email · formal · en-GB
      Subject: Analyst offer: terms
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee,

      Thank you for offering me the Analyst position at £42,000 a year. I am very pleased to have the offer and would like to join Globex.

      Thank you again. I look forward to discussing the next steps.

      Yours sincerely,
      Jo Bloggs

      === offer/negotiation-email · brief · en-US
      Subject: The Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for the offer of £42,000 a year; I want to join Globex. Happy to talk whenever suits you.

      Best,
      Jo Bloggs

      === offer/negotiation-email · brief · en-GB
      Subject: The Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for the offer of £42,000 a year; I want to join Globex. Happy to talk whenever suits you.

      Best wishes,
      Jo Bloggs"
    `);
  });
  test("offer/negotiation-call-script", () => {
    expect(allVersions("offer/negotiation-call-script", sparse)).toMatchInlineSnapshot(`
      "=== offer/negotiation-call-script · warm · en-US
      Subject: Talking points: the Analyst offer
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## Open

      Hi Sam, thanks for making the time. I am really pleased about the offer and excited about the Analyst role.

      ## The ask

      Before I say yes, I would like to talk about a few parts of the offer besides the base salary. Then stop and let them answer.

      ## Notes for you (do not read aloud)

      - Thank them warmly, whatever the answer, and ask for the final terms in writing.

      === offer/negotiation-call-script · warm · en-GB
      Subject: Talking points: the Analyst offer
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## Open

      Hi Sam, thanks for making the time. I am really pleased about the offer and excited about the Analyst role.

      ## The ask

      Before I say yes, I would like to talk about a few parts of the offer besides the base salary. Then stop and let them answer.

      ## Notes for you (do not read aloud)

      - Thank them warmly, whatever the answer, and ask for the final terms in writing.

      === offer/negotiation-call-script · formal · en-US
      Subject: Call notes: Analyst offer
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## Opening

      Hello, Sam Lee. Thank you for your time. I am very pleased to have received the offer for the Analyst position.

      ## The request

      Before I accept, I would like to discuss some terms of the offer other than the base salary. Pause, and allow them to respond.

      ## Private notes (not to be read aloud)

      - Close with thanks and ask for the agreed terms in writing.

      === offer/negotiation-call-script · formal · en-GB
      Subject: Call notes: Analyst offer
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      ## Opening

      Hello, Sam Lee. Thank you for your time. I am very pleased to have received the offer for the Analyst position.

      ## The request

      Before I accept, I would like to discuss some terms of the offer other than the base salary. Pause, and allow them to respond.

      ## Private notes (not to be read aloud)

      - Close with thanks and ask for the agreed terms in writing.

      === offer/negotiation-call-script · brief · en-US
      Subject: Offer call
      Date: March 10, 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Thanks for the offer; I am excited about the Analyst role. Can we talk about some terms besides the base? Then wait for the answer.

      Get the final terms in writing.

      === offer/negotiation-call-script · brief · en-GB
      Subject: Offer call
      Date: 10 March 2026 (2026-03-10)
      From: Jo Bloggs
      To: Sam Lee

      Thanks for the offer; I am excited about the Analyst role. Can we talk about some terms besides the base? Then wait for the answer.

      Get the final terms in writing."
    `);
  });
  test("offer/acceptance", () => {
    expect(allVersions("offer/acceptance", sparse)).toMatchInlineSnapshot(`
      "=== offer/acceptance · warm · en-US
      Subject: Accepting the Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      I am delighted to accept the offer to join Globex as Analyst. Thank you, and thank everyone who made the process so welcoming.

      Here are the terms as I understand them:

      - Base salary: £42,000 a year

      Please let me know if I have anything wrong, and what you need from me before I start. I can't wait to get going.

      Warm regards,
      Jo Bloggs

      === offer/acceptance · warm · en-GB
      Subject: Accepting the Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      I am delighted to accept the offer to join Globex as Analyst. Thank you, and thank everyone who made the process so welcoming.

      Here are the terms as I understand them:

      - Base salary: £42,000 a year

      Please let me know if I have anything wrong, and what you need from me before I start. I can't wait to get going.

      Kind regards,
      Jo Bloggs

      === offer/acceptance · formal · en-US
      Subject: Acceptance of offer: Analyst
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee:

      I am pleased to accept your offer of the Analyst position at Globex. Thank you for the confidence you have shown in me.

      I understand the terms to be as follows:

      - Base salary: £42,000 a year

      Please let me know if any of these details differ from your records, and what you will need from me before my first day. I look forward to joining the team.

      Sincerely,
      Jo Bloggs

      === offer/acceptance · formal · en-GB
      Subject: Acceptance of offer: Analyst
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee,

      I am pleased to accept your offer of the Analyst position at Globex. Thank you for the confidence you have shown in me.

      I understand the terms to be as follows:

      - Base salary: £42,000 a year

      Please let me know if any of these details differ from your records, and what you will need from me before my first day. I look forward to joining the team.

      Yours sincerely,
      Jo Bloggs

      === offer/acceptance · brief · en-US
      Subject: Yes to the Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      I am happy to accept the Analyst offer at Globex. Thank you!

      The terms as I have them:

      - Base salary: £42,000 a year

      Let me know if anything is off, and what you need from me.

      Best,
      Jo Bloggs

      === offer/acceptance · brief · en-GB
      Subject: Yes to the Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      I am happy to accept the Analyst offer at Globex. Thank you!

      The terms as I have them:

      - Base salary: £42,000 a year

      Let me know if anything is off, and what you need from me.

      Best wishes,
      Jo Bloggs"
    `);
  });
  test("offer/decline", () => {
    expect(allVersions("offer/decline", sparse)).toMatchInlineSnapshot(`
      "=== offer/decline · warm · en-US
      Subject: The Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you so much for the offer to join Globex as Analyst, and for the time you and the team gave me. After a lot of thought, I have decided to turn it down. It was a hard decision, because I enjoyed meeting everyone.

      I hope our paths cross again, and I would be glad to stay in touch.

      Warm regards,
      Jo Bloggs

      === offer/decline · warm · en-GB
      Subject: The Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you so much for the offer to join Globex as Analyst, and for the time you and the team gave me. After a lot of thought, I have decided to turn it down. It was a hard decision, because I enjoyed meeting everyone.

      I hope our paths cross again, and I would be glad to stay in touch.

      Kind regards,
      Jo Bloggs

      === offer/decline · formal · en-US
      Subject: Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee:

      Thank you for offering me the Analyst position at Globex. After careful consideration, I have decided to decline the offer.

      I appreciate the time you and your colleagues invested in the process, and I hold Globex in high regard. I hope we will have the opportunity to work together in the future.

      Sincerely,
      Jo Bloggs

      === offer/decline · formal · en-GB
      Subject: Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee,

      Thank you for offering me the Analyst position at Globex. After careful consideration, I have decided to decline the offer.

      I appreciate the time you and your colleagues invested in the process, and I hold Globex in high regard. I hope we will have the opportunity to work together in the future.

      Yours sincerely,
      Jo Bloggs

      === offer/decline · brief · en-US
      Subject: The Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for the Analyst offer. After some thought, I have decided to decline it. I enjoyed meeting the team at Globex and hope we cross paths again.

      Best,
      Jo Bloggs

      === offer/decline · brief · en-GB
      Subject: The Analyst offer
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for the Analyst offer. After some thought, I have decided to decline it. I enjoyed meeting the team at Globex and hope we cross paths again.

      Best wishes,
      Jo Bloggs"
    `);
  });
  test("outcome/rejection-reply", () => {
    expect(allVersions("outcome/rejection-reply", sparse)).toMatchInlineSnapshot(`
      "=== outcome/rejection-reply · warm · en-US
      Subject: Thank you
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for letting me know, and for the care you took throughout the process. I am disappointed, of course, but I am glad I had the chance to meet the team.

      I would still love to work with Globex. If another role opens that fits my background, I hope you will think of me.

      Warm regards,
      Jo Bloggs

      === outcome/rejection-reply · warm · en-GB
      Subject: Thank you
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for letting me know, and for the care you took throughout the process. I am disappointed, of course, but I am glad I had the chance to meet the team.

      I would still love to work with Globex. If another role opens that fits my background, I hope you will think of me.

      Kind regards,
      Jo Bloggs

      === outcome/rejection-reply · formal · en-US
      Subject: Analyst position
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee:

      Thank you for informing me of your decision regarding the Analyst position, and for the time you and your colleagues gave me.

      I remain interested in Globex and would be grateful if you would keep me in mind for future openings that suit my experience.

      Sincerely,
      Jo Bloggs

      === outcome/rejection-reply · formal · en-GB
      Subject: Analyst position
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee,

      Thank you for informing me of your decision regarding the Analyst position, and for the time you and your colleagues gave me.

      I remain interested in Globex and would be grateful if you would keep me in mind for future openings that suit my experience.

      Yours sincerely,
      Jo Bloggs

      === outcome/rejection-reply · brief · en-US
      Subject: Thank you
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for letting me know, and for your time throughout the process. I would still like to work with Globex, so please keep me in mind for future openings.

      Best,
      Jo Bloggs

      === outcome/rejection-reply · brief · en-GB
      Subject: Thank you
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for letting me know, and for your time throughout the process. I would still like to work with Globex, so please keep me in mind for future openings.

      Best wishes,
      Jo Bloggs"
    `);
  });
  test("outcome/withdrawal", () => {
    expect(allVersions("outcome/withdrawal", sparse)).toMatchInlineSnapshot(`
      "=== outcome/withdrawal · warm · en-US
      Subject: The Analyst role
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for talking with me over video on Tuesday. After thinking it over, I have decided to withdraw from the process for the Analyst role. It is not the right fit for me at this point, and I would rather tell you now so you can move ahead with other candidates.

      I enjoyed meeting the team at Globex, and I hope our paths cross again.

      Warm regards,
      Jo Bloggs

      === outcome/withdrawal · warm · en-GB
      Subject: The Analyst role
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam,

      Thank you for talking with me over video on Tuesday. After thinking it over, I have decided to withdraw from the process for the Analyst role. It is not the right fit for me at this point, and I would rather tell you now so you can move ahead with other candidates.

      I enjoyed meeting the team at Globex, and I hope our paths cross again.

      Kind regards,
      Jo Bloggs

      === outcome/withdrawal · formal · en-US
      Subject: Withdrawal of my application: Analyst
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee:

      Thank you for the opportunity to interview for the Analyst position on Tuesday, March 10. After careful consideration, I have decided to withdraw my application. I wanted to let you know promptly so that the process can continue without delay.

      I appreciate the time you and your colleagues gave me, and I wish Globex every success.

      Sincerely,
      Jo Bloggs

      === outcome/withdrawal · formal · en-GB
      Subject: Withdrawal of my application: Analyst
      From: Jo Bloggs
      To: Sam Lee

      Dear Sam Lee,

      Thank you for the opportunity to interview for the Analyst position on Tuesday 10 March. After careful consideration, I have decided to withdraw my application. I wanted to let you know promptly so that the process can continue without delay.

      I appreciate the time you and your colleagues gave me, and I wish Globex every success.

      Yours sincerely,
      Jo Bloggs

      === outcome/withdrawal · brief · en-US
      Subject: The Analyst role
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for Tuesday. I have decided to withdraw from the Analyst process, and wanted to tell you promptly. Thanks again to everyone at Globex.

      Best,
      Jo Bloggs

      === outcome/withdrawal · brief · en-GB
      Subject: The Analyst role
      From: Jo Bloggs
      To: Sam Lee

      Hi Sam,

      Thank you for Tuesday. I have decided to withdraw from the Analyst process, and wanted to tell you promptly. Thanks again to everyone at Globex.

      Best wishes,
      Jo Bloggs"
    `);
  });
  test("outcome/reflection", () => {
    expect(allVersions("outcome/reflection", sparse)).toMatchInlineSnapshot(`
      "=== outcome/reflection · warm · en-US
      Subject: Looking back on the Analyst interview
      Date: March 10, 2026 (2026-03-10)

      Every interview is practice for the next one, whatever the answer. Take ten minutes tonight while it is fresh.

      ## What went well

      - Which answer felt strongest, and why did it land?
      - When did the conversation feel most like two colleagues talking?

      ## What to practice

      - Which question caught you off guard? Write a better answer now.
      - Where did you ramble or rush? Pick one answer to tighten.

      ## Keep leading with

      - Two things you did well that you want to say again next time.

      ## What comes next

      The decision is expected by Tuesday, March 17. If you have heard nothing by then, call on Wednesday, March 18. Until then, rest: it is out of your hands.

      === outcome/reflection · warm · en-GB
      Subject: Looking back on the Analyst interview
      Date: 10 March 2026 (2026-03-10)

      Every interview is practice for the next one, whatever the answer. Take ten minutes tonight while it is fresh.

      ## What went well

      - Which answer felt strongest, and why did it land?
      - When did the conversation feel most like two colleagues talking?

      ## What to practise

      - Which question caught you off guard? Write a better answer now.
      - Where did you ramble or rush? Pick one answer to tighten.

      ## Keep leading with

      - Two things you did well that you want to say again next time.

      ## What comes next

      The decision is expected by Tuesday 17 March. If you have heard nothing by then, call on Wednesday 18 March. Until then, rest: it is out of your hands.

      === outcome/reflection · formal · en-US
      Subject: Interview review: Analyst, Globex
      Date: March 10, 2026 (2026-03-10)

      Each interview is a chance to improve, whatever its outcome. Complete this review on the day of the interview.

      ## Strengths shown

      - Which answers were most effective, and why?

      ## Areas to practice

      - Which questions were difficult? Prepare a stronger answer to each.
      - Which answers were too long or too short?

      ## Points to emphasize next time

      - The two qualifications most relevant to roles like this one.

      ## Next steps

      The decision is expected by Tuesday, March 17. If there is no news by then, the first follow-up call is on Wednesday, March 18.

      === outcome/reflection · formal · en-GB
      Subject: Interview review: Analyst, Globex
      Date: 10 March 2026 (2026-03-10)

      Each interview is a chance to improve, whatever its outcome. Complete this review on the day of the interview.

      ## Strengths shown

      - Which answers were most effective, and why?

      ## Areas to practise

      - Which questions were difficult? Prepare a stronger answer to each.
      - Which answers were too long or too short?

      ## Points to emphasise next time

      - The two qualifications most relevant to roles like this one.

      ## Next steps

      The decision is expected by Tuesday 17 March. If there is no news by then, the first follow-up call is on Wednesday 18 March.

      === outcome/reflection · brief · en-US
      Subject: Interview notes: Analyst
      Date: March 10, 2026 (2026-03-10)

      Every interview is practice. Five minutes, while it is fresh:

      - What went well?
      - Which question would you answer differently?

      Decision expected by Tuesday, March 17; call on Wednesday, March 18 if there is no news.

      === outcome/reflection · brief · en-GB
      Subject: Interview notes: Analyst
      Date: 10 March 2026 (2026-03-10)

      Every interview is practice. Five minutes, while it is fresh:

      - What went well?
      - Which question would you answer differently?

      Decision expected by Tuesday 17 March; call on Wednesday 18 March if there is no news."
    `);
  });
  test("outcome/celebrate", () => {
    expect(allVersions("outcome/celebrate", sparse)).toMatchInlineSnapshot(`
      "=== outcome/celebrate · warm · en-US
      Subject: You got the Analyst job!
      Date: March 10, 2026 (2026-03-10)

      Congratulations! You earned this. Before the celebrating takes over, close the loop with everyone who helped.

      ## Checklist

      - Accept the offer in writing, restating the pay, the start date and any terms you agreed.
      - Tell the other employers you were talking to, and withdraw from those processes politely.
      - Thank your references, and tell them how it turned out.
      - Send a short thank-you to Sam Lee.
      - Update your profile and your notes on this search, while you still remember what worked.
      - Celebrate with the people who cheered you on.

      === outcome/celebrate · warm · en-GB
      Subject: You got the Analyst job!
      Date: 10 March 2026 (2026-03-10)

      Congratulations! You earned this. Before the celebrating takes over, close the loop with everyone who helped.

      ## Checklist

      - Accept the offer in writing, restating the pay, the start date and any terms you agreed.
      - Tell the other employers you were talking to, and withdraw from those processes politely.
      - Thank your references, and tell them how it turned out.
      - Send a short thank-you to Sam Lee.
      - Update your profile and your notes on this search, while you still remember what worked.
      - Celebrate with the people who cheered you on.

      === outcome/celebrate · formal · en-US
      Subject: Offer accepted: Analyst, Globex
      Date: March 10, 2026 (2026-03-10)

      Congratulations on your new position. The steps below complete the process properly.

      ## Checklist

      - Confirm your acceptance in writing, restating the salary, start date and agreed terms.
      - Inform the other employers you were in contact with, and withdraw your applications.
      - Thank your references and let them know the outcome.
      - Write a brief note of thanks to Sam Lee.
      - Update your records of this search for future reference.
      - Mark the occasion.

      === outcome/celebrate · formal · en-GB
      Subject: Offer accepted: Analyst, Globex
      Date: 10 March 2026 (2026-03-10)

      Congratulations on your new position. The steps below complete the process properly.

      ## Checklist

      - Confirm your acceptance in writing, restating the salary, start date and agreed terms.
      - Inform the other employers you were in contact with, and withdraw your applications.
      - Thank your references and let them know the outcome.
      - Write a brief note of thanks to Sam Lee.
      - Update your records of this search for future reference.
      - Mark the occasion.

      === outcome/celebrate · brief · en-US
      Subject: Done: the Analyst job
      Date: March 10, 2026 (2026-03-10)

      Congratulations! Now close the loop:

      - Accept in writing.
      - Tell the other employers.
      - Thank your references.
      - Thank Sam Lee.
      - Celebrate.

      === outcome/celebrate · brief · en-GB
      Subject: Done: the Analyst job
      Date: 10 March 2026 (2026-03-10)

      Congratulations! Now close the loop:

      - Accept in writing.
      - Tell the other employers.
      - Thank your references.
      - Thank Sam Lee.
      - Celebrate."
    `);
  });
});
