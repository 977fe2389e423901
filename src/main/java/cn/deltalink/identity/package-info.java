/**
 * Identifiers of persons, vehicles and organisations as values that validate themselves and explain
 * a rejection: resident ID number, unified social credit code, vehicle plate, mobile number, bank
 * card number and person name with pinyin keys. The value types are plain Java; {@link
 * cn.deltalink.identity.IdentifierCheck} checks any of them by type and lists what can be derived.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.identity;
