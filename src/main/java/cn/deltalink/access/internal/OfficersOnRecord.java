package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.OfficerDirectory;
import cn.deltalink.access.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officer accounts as other modules see them: who they are and what they may do, no more. */
@Service
class OfficersOnRecord implements OfficerDirectory {

  private final Officers officers;
  private final OfficerProfiles profiles;

  OfficersOnRecord(Officers officers, OfficerProfiles profiles) {
    this.officers = officers;
    this.profiles = profiles;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Officer> find(String username) {
    return officers.find(username).filter(Officers.Account::enabled).map(profiles::of);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Officer> holding(Role role) {
    return officers.all().stream().filter(a -> a.enabled() && a.roles().contains(role)).map(profiles::of).toList();
  }
}
