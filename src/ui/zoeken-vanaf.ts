/**
 * When the start page searches instead of listing (issue 14), apart from the search itself
 * (gemeente-zoeken.ts): the start page needs only these two, and the search code then loads
 * only where there are that many gemeenten, not on every first visit.
 */

/** From this many gemeenten on the start page has a search field; below it, a list of them all. */
export const ZOEKEN_VANAF = 11;

/** The id of the search field (the error summary links to it). */
export const ZOEKVELD = "gemeente-zoek";
