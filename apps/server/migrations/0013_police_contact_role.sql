-- The police contact's role for the unit ("kontaktpolis", "polisens regionledningscentral"), issue 11 §2.
ALTER TABLE "police_contacts" ADD COLUMN "role" text;