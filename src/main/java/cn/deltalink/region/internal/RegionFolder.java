package cn.deltalink.region.internal;

import cn.deltalink.region.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

/**
 * Where a region's data set lives: {@code region/<key>/} on the classpath with {@code region.properties}
 * (names, member provinces), {@code agencies.csv} and {@code nodes.csv}. The national division table
 * is shared by every region.
 */
record RegionFolder(Region region) {

  static final String DIVISIONS = "region/gbt2260/divisions.csv";
  static final String RETIRED_DIVISIONS = "region/gbt2260/retired.csv";

  static RegionFolder load(String key) {
    String resource = "region/" + key + "/region.properties";
    Properties properties = new Properties();
    try (InputStream in = RegionFolder.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("deltalink.region=" + key + " but there is no classpath:" + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String provinces = properties.getProperty("provinces", "");
    return new RegionFolder(
        new Region(
            key,
            properties.getProperty("name.zh", ""),
            properties.getProperty("name.en", ""),
            Arrays.stream(provinces.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList()));
  }

  String agencies() {
    return "region/" + region.key() + "/agencies.csv";
  }
}
