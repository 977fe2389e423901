package cn.deltalink.resolution.internal;

import cn.deltalink.resolution.PersonRecord;
import cn.deltalink.resolution.PersonResolution;
import cn.deltalink.resolution.Resolution;
import cn.deltalink.resolution.internal.core.Resolver;
import java.util.List;
import org.springframework.stereotype.Service;

/** The module's API for other modules: the framework-free resolver, nothing stored. */
@Service
class ResolvingPersons implements PersonResolution {

  private final Resolver resolver = new Resolver();

  @Override
  public Resolution resolve(List<PersonRecord> records) {
    return resolver.resolve(records);
  }
}
