/**
 * A text in both of Värn's languages. Used for the domain's own names of its vocabulary (levels,
 * severities, template statements) where the server writes them itself: in mails and PDFs. The
 * web client's catalogues take the same names from here, so that a level is called the same
 * everywhere.
 */
export interface BilingualText {
  readonly sv: string;
  readonly en: string;
}
