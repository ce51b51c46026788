// Desired retention: the chance of remembering a card on the day it is due. Higher means more
// reviews; FSRS's authors advise 0.70–0.97.
export const RETENTION = { minimum: 0.7, maximum: 0.97, standard: 0.9 } as const;
