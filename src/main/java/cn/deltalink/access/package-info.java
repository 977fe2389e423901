/**
 * Users, roles, jurisdiction, login, masking and the tamper-evident audit trail. Other modules use
 * {@link cn.deltalink.access.CurrentOfficer} to learn who acts and {@link cn.deltalink.access.AuditTrail}
 * to record what they did.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.access;
