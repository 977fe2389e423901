package cn.deltalink.region;

/** The level of a police agency. */
public enum AgencyKind {
  /** 公安厅 / 市公安局 of a province-level division. */
  PROVINCIAL_DEPARTMENT,
  /** 市公安局. */
  CITY_BUREAU,
  /** 区/县公安（分）局. */
  COUNTY_BUREAU,
  /** 派出所, 警务室, 检查站 at a provincial border. */
  BORDER_STATION,
  /** 派出所 elsewhere. */
  POLICE_STATION
}
