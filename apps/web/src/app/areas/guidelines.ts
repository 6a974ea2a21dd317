/**
 * The network's pages for parties and the unit (issue 11 §2, §4): the party contact's page for
 * their party, the parties' security contacts, the contact directory, the ethical guidelines.
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { createElement } from 'react';
import { registerMessages } from '../../lib/i18n/i18n';
import { MyPartyPage as MyPartyView } from '../../features/my-party/my-party-page';
import { PartyRoster } from '../../features/register/party-roster';
import { PartyTraining } from '../../features/training/party-training';
import { svIncidents } from '../../lib/i18n/incidents.sv';
import { enIncidents } from '../../lib/i18n/incidents.en';
import { svGuidelines } from '../../lib/i18n/guidelines.sv';
import { enGuidelines } from '../../lib/i18n/guidelines.en';
import { svRegister } from '../../lib/i18n/register.sv';
import { enRegister } from '../../lib/i18n/register.en';
import { svTraining } from '../../lib/i18n/training.sv';
import { enTraining } from '../../lib/i18n/training.en';

// Registered when this module is evaluated: before any page below renders. The signals' labels
// come from the incidents' catalogue; the party's page embeds the register's roster and the
// party's training.
registerMessages(
  { sv: svIncidents, en: enIncidents },
  { sv: svGuidelines, en: enGuidelines },
  { sv: svRegister, en: enRegister },
  { sv: svTraining, en: enTraining },
);

/** The party contact's page, with the roster and the training drawn by their own features. */
export const MyPartyPage = () => createElement(MyPartyView, { Roster: PartyRoster, Training: PartyTraining });
export { PartyContactsPage } from '../../features/party-contacts/party-contacts-page';
export { ContactDirectoryPage } from '../../features/contact-directory/contact-directory-page';
export { GuidelinesPage } from '../../features/guidelines/guidelines-page';
export { GuidelineVersionPage } from '../../features/guidelines/guideline-version-page';
export { NewGuidelineVersionPage } from '../../features/guidelines/new-guideline-version-page';
