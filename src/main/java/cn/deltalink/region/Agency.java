package cn.deltalink.region;

import org.jspecify.annotations.Nullable;

/** A police agency: a provincial department, a city or county bureau, a police station. */
public record Agency(String code, String nameZh, String nameEn, AgencyKind kind, String divisionCode, @Nullable String parentCode) {}
