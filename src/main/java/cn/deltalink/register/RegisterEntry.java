package cn.deltalink.register;

import java.util.UUID;

/**
 * One version of one entry of a shared register, as the owning node published it.
 *
 * @param register the register's name, e.g. {@code alert}
 * @param id the entry's id, the same at every node
 * @param version 1 for the first publication, one more for each change (a withdrawal is a change)
 * @param ownerNode the node that owns the entry; only it may publish new versions
 * @param payloadJson the module's content of the entry as a JSON object
 */
public record RegisterEntry(String register, UUID id, long version, String ownerNode, String payloadJson) {

  public RegisterEntry {
    if (!register.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException("A register's name is 1-40 lower-case letters, digits or hyphens, not '" + register + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("An entry's version starts at 1, not " + version);
    }
    if (!ownerNode.matches("[A-Z]{2,8}")) {
      throw new IllegalArgumentException("'" + ownerNode + "' is not a node id");
    }
  }
}
