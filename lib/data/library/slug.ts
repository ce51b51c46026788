import { z } from "zod";

// Route segments are user input: anything that is not a slug is simply not found.
export const ZSlugParam = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);
