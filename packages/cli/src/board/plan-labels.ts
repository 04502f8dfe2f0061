import type { Plan } from "@afterview/core";

/**
 * A short name for each plan, for lines that mix several interviews: the company, with the role
 * when another plan has the same company, and the interview id when even that is shared. Returned
 * in the order of `plans`.
 *
 * @example
 * ```ts
 * planLabels([acme, globexData, globexMl]);
 * //=> ["Acme Corp", "Globex (Data Engineer)", "Globex (ML Engineer)"]
 * ```
 */
export function planLabels(plans: readonly Pick<Plan, "interviewId" | "context">[]): string[] {
  const count = (key: (plan: (typeof plans)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const plan of plans) counts.set(key(plan), (counts.get(key(plan)) ?? 0) + 1);
    return (plan: (typeof plans)[number]) => counts.get(key(plan)) ?? 0;
  };
  const byCompany = count((plan) => plan.context.company);
  const byRole = count((plan) => `${plan.context.company}\u0000${plan.context.role}`);
  return plans.map((plan) => {
    const { company, role } = plan.context;
    if (byCompany(plan) === 1) return company;
    if (byRole(plan) === 1) return `${company} (${role})`;
    return `${company} (${plan.interviewId})`;
  });
}
