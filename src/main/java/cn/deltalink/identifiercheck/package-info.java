/**
 * The identifier check desk (证件号码核验): the page {@code /identifiers} and {@code POST
 * /api/v1/identifiers/check} over {@link cn.deltalink.identity.IdentifierCheck}, every check recorded
 * in the audit trail with the value masked. Kept apart from {@code identity} so that the value types
 * stay a leaf that depends on no other module (ADR 019). No API of its own.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.identifiercheck;
