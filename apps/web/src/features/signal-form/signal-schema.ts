// Loaded on its own (`signalSchema` in signal-page.tsx): the signal's contract schema, with zod.
export { createSignalBodySchema } from '@varn/contracts';
