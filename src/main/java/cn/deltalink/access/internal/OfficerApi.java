package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Officer accounts, for administrators (ADMINISTRATOR), limited to their own jurisdiction. */
@RestController
@RequestMapping("/api/v1/officers")
class OfficerApi {

  /** The changes to one officer; fields left out stay as they are. */
  record Change(@Nullable Boolean enabled, @Nullable List<String> roles, @Nullable String password) {}

  private final CurrentOfficer current;
  private final OfficerAdministration administration;
  private final Refusals refusals;

  OfficerApi(CurrentOfficer current, OfficerAdministration administration, Refusals refusals) {
    this.current = current;
    this.administration = administration;
    this.refusals = refusals;
  }

  @GetMapping
  List<OfficerAdministration.Listed> list() {
    return administration.list(current.require());
  }

  @PostMapping
  ResponseEntity<OfficerAdministration.Listed> create(@RequestBody OfficerForm form) {
    OfficerAdministration.Listed created = administration.create(current.require(), form);
    return ResponseEntity.created(URI.create("/api/v1/officers/" + created.username())).body(created);
  }

  @PatchMapping("/{username}")
  OfficerAdministration.Listed change(@PathVariable String username, @RequestBody Change change) {
    Officer admin = current.require();
    if (change.enabled() == null && change.roles() == null && change.password() == null) {
      throw refusals.invalid("access.officer.nothingToChange");
    }
    return administration.change(admin, username, change.enabled(), change.roles(), change.password());
  }
}
