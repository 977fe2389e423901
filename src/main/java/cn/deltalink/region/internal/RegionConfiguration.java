package cn.deltalink.region.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The region data set that {@code deltalink.region} selects (default {@code yrd}). */
@Configuration(proxyBeanMethods = false)
class RegionConfiguration {

  @Bean
  RegionFolder regionFolder(@Value("${deltalink.region:yrd}") String region) {
    return RegionFolder.load(region);
  }
}
