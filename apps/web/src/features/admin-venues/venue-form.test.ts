import { describe, expect, it } from 'vitest';
import { createVenueBodySchema } from '@varn/contracts';
import { emptyVenueValues, venueBodyOf } from './venue-form';

describe('the venue body', () => {
  it('takes one room per line, without blank lines or repeats, and empty texts as null', () => {
    const body = venueBodyOf({
      ...emptyVenueValues,
      name: 'Stadshuset',
      rooms: 'Sessionssalen\n\n  Lilla salen \r\nSessionssalen',
      capacity: ' 250 ',
    });
    expect(body).toEqual({
      name: 'Stadshuset',
      address: null,
      rooms: ['Sessionssalen', 'Lilla salen'],
      capacity: 250,
      entrances: null,
      evacuationRoutes: null,
      assemblyPoint: null,
    });
    expect(createVenueBodySchema.safeParse(body).success).toBe(true);
  });

  it('lets the schema refuse a capacity that is not a number', () => {
    const body = venueBodyOf({ ...emptyVenueValues, name: 'Stadshuset', capacity: 'många' });
    expect(createVenueBodySchema.safeParse(body).success).toBe(false);
  });
});
