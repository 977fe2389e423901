package cn.deltalink.access;

import cn.deltalink.access.CurrentOfficer.Officer;
import java.util.List;
import java.util.Optional;

/** This node's officers as other modules may look them up: enabled accounts only, never credentials. */
public interface OfficerDirectory {

  /** The enabled officer with this login name. */
  Optional<Officer> find(String username);

  /** The enabled officers holding the role, by login name. */
  List<Officer> holding(Role role);
}
