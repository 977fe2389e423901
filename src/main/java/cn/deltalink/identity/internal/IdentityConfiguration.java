package cn.deltalink.identity.internal;

import cn.deltalink.identity.AddressCodes;
import cn.deltalink.identity.IdentifierCheck;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the framework-free {@link IdentifierCheck} a bean over the national division table. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

  @Bean
  IdentifierCheck identifierCheck() {
    return new IdentifierCheck(AddressCodes.national(), Clock.systemUTC());
  }
}
