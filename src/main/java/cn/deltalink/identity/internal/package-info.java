/** Check-character arithmetic, typed-text normalising, OCR confusions and pinyin readings. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.identity.internal;
