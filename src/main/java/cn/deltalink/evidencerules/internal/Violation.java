package cn.deltalink.evidencerules.internal;

/** A violation with discretion benchmarks, e.g. {@code account-lending} 出租、出借、出售电话卡或银行账户. */
record Violation(String code, String nameZh, String nameEn) {}
