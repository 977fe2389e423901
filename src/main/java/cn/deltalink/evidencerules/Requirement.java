package cn.deltalink.evidencerules;

/**
 * One piece of evidence a rule set requires.
 *
 * @param kind the evidence kind code
 * @param condition when it is required, e.g. {@code amount >= 50000}; empty when always
 */
public record Requirement(String kind, String nameZh, String nameEn, String condition) {}
