/** The source grades, best first: the one list (no Zod here, so page scripts can use it). */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
/** Reliability grade of a source, A (independent survey with stated method) to D (unsourced, estimated or modelled). */
export type Grade = (typeof GRADES)[number];
