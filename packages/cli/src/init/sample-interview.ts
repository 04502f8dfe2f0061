/**
 * The interview file `afterview init` writes: YAML, so every field can carry a comment saying
 * what it is for and what to put there. It parses and validates as it stands (a test checks), so
 * a person can run `afterview kit` on it before changing anything, then fill in their own.
 */
export const SAMPLE_INTERVIEW_YAML = `# afterview interview file. Fill it in right after the interview, then run:
#   afterview kit interview.yaml          (letters, emails, call scripts, calendar)
#   afterview plan interview.yaml         (the timeline in the terminal)
# Dates and times are ISO 8601 with an offset or a [zone]: 2026-11-24T15:30:00-05:00
# Fields marked "optional" can be deleted. Full schema: afterview schema interview

# A short id of your own for this interview (letters, digits and dashes).
id: acme-senior-data-engineer
# The job title, as the employer wrote it.
role: Senior Data Engineer

company:
  name: Acme Corp
  # The employer's time zone (IANA name) and country: their business days, holidays and
  # calling hours decide when to expect an answer and when to call.
  timeZone: America/New_York
  country: US                 # ISO 3166-1 code: US, GB, DE, CA, AU ...
  region: NY                  # optional: state or province, for regional holidays
  address:                    # optional: needed for a posted (paper) thank-you letter
    lines:
      - 200 Park Ave
      - Floor 31
    locality: New York
    region: NY
    postalCode: "10166"       # keep it in quotes so leading zeros survive
    country: US

# When the interview started and ended (the end matters most: the letter is written that day).
start: "2026-11-24T14:00:00-05:00[America/New_York]"
end: "2026-11-24T15:30:00-05:00[America/New_York]"
format: onsite                # onsite | video | phone

# Everyone who interviewed you: one personal letter each.
interviewers:
  - name: Dana Whitfield
    title: Engineering Manager
    # optional: how they wish to be greeted (ms | mr | mx | none, and a title such as Dr.); never
    # guessed from a name. German, French and Spanish letters use it: "Sehr geehrte Frau Whitfield,".
    # formOfAddress: { kind: ms }
    email: dana.whitfield@acme.example   # optional; without it the plan starts with a call to the scheduler
    spellingConfirmed: true              # did you check how the name is spelled? (business card, email)
    topics:                              # what you talked about: the letter mentions it
      - the warehouse migration
  - name: Marek Szczepański
    title: Staff Data Engineer
    spellingConfirmed: false
    topics:
      - streaming ingestion with late-arriving events

# optional: who arranged the interview; they can confirm names and addresses.
scheduler:
  name: Priya Raman
  title: Recruiting Coordinator
  email: priya.raman@acme.example
  phone: "+1 212 555 0100"

# optional: what they said about when they will decide, in their words.
statedTimeline: We expect to decide within two or three days

# Do you want this job?  want | unsure | not-interested
interest: want

# You. Your own tasks are timed on your clock and your calendar.
candidate:
  name: Alex Morgan
  timeZone: America/Chicago
  country: US
  region: IL                  # optional
  email: alex.morgan@example.com
  phone: "+1 312 555 0147"    # optional
  address:                    # optional: the sender's address on a posted letter
    lines:
      - 1640 N Damen Ave
    locality: Chicago
    region: IL
    postalCode: "60647"
    country: US
  handwriting: average        # excellent | average | poor (a handwritten note only if excellent)

# optional: what the letters can build on.
notes:
  # Something you wish you had said: the letter is a second chance to say it.
  missedExample: I forgot to mention the backfill tool I built that replays a day of events in under an hour.
  strengths:
    - Led a warehouse migration of 40 TB with no missed reporting deadline

# optional: minutes from the interview to where you will write the letter.
travelMinutes: 45

# optional: the language you will write to this employer in, as a BCP 47 tag: en, de-DE, de-AT,
# de-CH, fr-FR, fr-CA, es-ES, es-MX (or just de, fr, es). Letters and scripts are written in it,
# and the employer's words above are read in it. Without it they are in English.
language: en
`;

/** The sample with its `language` line filled in (`afterview init --language fr-FR`). */
export function sampleInterviewYaml(language: string | undefined): string {
  if (language === undefined) return SAMPLE_INTERVIEW_YAML;
  return SAMPLE_INTERVIEW_YAML.replace("\nlanguage: en\n", `\nlanguage: ${language}\n`);
}
