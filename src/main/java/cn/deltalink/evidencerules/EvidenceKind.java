package cn.deltalink.evidencerules;

/** A kind of evidence (证据种类) a rule set may require, e.g. {@code account-opening-records} 开户资料. */
public record EvidenceKind(String code, String nameZh, String nameEn) {}
