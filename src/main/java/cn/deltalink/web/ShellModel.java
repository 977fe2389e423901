package cn.deltalink.web;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.access.TrailAlarm;
import cn.deltalink.platform.NodeSettings;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's shell shows: the node, the signed-in officer and their menu. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel {

  private final CurrentOfficer current;
  private final NodeSettings node;
  private final TrailAlarm trail;

  ShellModel(CurrentOfficer current, NodeSettings node, TrailAlarm trail) {
    this.current = current;
    this.node = node;
    this.trail = trail;
  }

  /** Administrators and auditors see an alarm on every page while the audit trail is known to be broken. */
  @ModelAttribute("trailAlarm")
  String trailAlarm() {
    boolean responsible = current.get().map(Officer::roles).filter(roles -> roles.contains(Role.ADMINISTRATOR) || roles.contains(Role.AUDITOR)).isPresent();
    return responsible ? trail.auditTrailProblem().orElse(null) : null;
  }

  @ModelAttribute("officer")
  Officer officer() {
    return current.get().orElse(null);
  }

  @ModelAttribute("node")
  NodeSettings node() {
    return node;
  }

  @ModelAttribute("navigation")
  List<Navigation.Entry> navigation() {
    return Navigation.visibleTo(current.get().map(Officer::roles).orElse(Set.of()));
  }

  @ModelAttribute("menus")
  List<Navigation.Menu> menus() {
    return Navigation.menusFor(current.get().map(Officer::roles).orElse(Set.of()));
  }
}
