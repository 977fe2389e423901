package cn.deltalink.evidencerules.internal;

/** A case type the rules know, e.g. {@code telecom-fraud} 电信网络诈骗. */
record CaseType(String code, String nameZh, String nameEn) {

  String name(boolean english) {
    return english ? nameEn : nameZh;
  }
}
