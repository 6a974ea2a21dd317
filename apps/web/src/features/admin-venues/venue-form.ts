import type { Venue } from '@varn/contracts';

/** The venue form's values, as its fields give them. */
export interface VenueValues {
  readonly name: string;
  readonly address: string;
  /** One room per line. */
  readonly rooms: string;
  readonly capacity: string;
  readonly entrances: string;
  readonly evacuationRoutes: string;
  readonly assemblyPoint: string;
}

export const emptyVenueValues: VenueValues = {
  name: '',
  address: '',
  rooms: '',
  capacity: '',
  entrances: '',
  evacuationRoutes: '',
  assemblyPoint: '',
};

/** A stored venue as the form's values. */
export function venueValuesOf(venue: Venue): VenueValues {
  return {
    name: venue.name,
    address: venue.address ?? '',
    rooms: venue.rooms.join('\n'),
    capacity: venue.capacity === null ? '' : String(venue.capacity),
    entrances: venue.entrances ?? '',
    evacuationRoutes: venue.evacuationRoutes ?? '',
    assemblyPoint: venue.assemblyPoint ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The body of `POST` and `PATCH /api/venues`: rooms one per line (blank lines and repeats left
 * out), empty texts null; a capacity that is not a number is passed on for the schema to refuse.
 */
export function venueBodyOf(values: VenueValues): Record<string, unknown> {
  const capacity = values.capacity.trim();
  const number = Number(capacity);
  const rooms = [
    ...new Set(
      values.rooms
        .split(/\r?\n/u)
        .map((room) => room.trim())
        .filter((room) => room !== ''),
    ),
  ];
  return {
    name: values.name,
    address: orNull(values.address),
    rooms,
    capacity: capacity === '' ? null : Number.isFinite(number) ? number : capacity,
    entrances: orNull(values.entrances),
    evacuationRoutes: orNull(values.evacuationRoutes),
    assemblyPoint: orNull(values.assemblyPoint),
  };
}
