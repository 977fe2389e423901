/** Check-character arithmetic, the address-code table, pinyin readings and the HTTP face of the module. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.identity.internal;
