package cn.deltalink.identifiercheck.internal;

import cn.deltalink.identity.AddressCodes;
import cn.deltalink.identity.IdentifierCheck;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the framework-free {@link IdentifierCheck} a bean over the division codes the region module
 * provides (its one reader of the national GB/T 2260 table).
 */
@Configuration(proxyBeanMethods = false)
class IdentifierCheckConfiguration {

  @Bean
  IdentifierCheck identifierCheck(AddressCodes addressCodes) {
    return new IdentifierCheck(addressCodes, Clock.systemUTC());
  }
}
