import type { Prisma } from "@/generated/prisma/client";

// Evidence in the order it happened: year, then month where the seed names one (a card dated
// only by year comes before the months of that year), then title; undated cards last.
export const EVIDENCE_BY_DATE: Prisma.EvidenceOrderByWithRelationInput[] = [
  { yearFrom: { sort: "asc", nulls: "last" } },
  { monthFrom: { sort: "asc", nulls: "first" } },
  { title: "asc" },
];
