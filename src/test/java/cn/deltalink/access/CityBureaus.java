package cn.deltalink.access;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two city bureaus of Jiangsu, for tests of jurisdiction. The region data set may list them already;
 * if it does not yet, they are added with their real names and division codes.
 */
final class CityBureaus {

  static final String NANJING = "320100000000";
  static final String SUZHOU = "320500000000";

  private CityBureaus() {}

  static void ensure(JdbcClient jdbc) {
    add(jdbc, NANJING, "南京市公安局", "Nanjing Municipal Public Security Bureau", "320100");
    add(jdbc, SUZHOU, "苏州市公安局", "Suzhou Municipal Public Security Bureau", "320500");
  }

  private static void add(JdbcClient jdbc, String code, String zh, String en, String division) {
    jdbc.sql(
            """
            insert into agency (code, name_zh, name_en, kind, division_code, parent_code)
            values (:code, :zh, :en, 'CITY_BUREAU', :division, '320000000000') on conflict (code) do nothing
            """)
        .param("code", code)
        .param("zh", zh)
        .param("en", en)
        .param("division", division)
        .update();
  }
}
