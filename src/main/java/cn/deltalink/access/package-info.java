/**
 * Users, roles, jurisdiction, login, masking and the tamper-evident audit trail. Other modules use
 * {@link cn.deltalink.access.CurrentOfficer} to learn who acts, {@link cn.deltalink.access.Jurisdiction}
 * to refuse what lies outside the officer's jurisdiction, {@link cn.deltalink.access.Masking} with
 * {@link cn.deltalink.access.PersonalField} to show personal data masked unless the role needs it, and
 * {@link cn.deltalink.access.AuditTrail} to record what they did (ADR 007, ADR 008).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.access;
