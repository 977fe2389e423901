package cn.deltalink.exchange.internal.core;

import cn.deltalink.platform.NodeId;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The member directory (成员目录) of a region: its nodes with their endpoints, SM2 public keys and
 * the agencies under them, with a version and the time the coordinator issued it. It travels as a
 * JSON file plus a detached signature by the region coordinator over the file's exact bytes. A
 * directory the demo made says so ({@code "demo": true}, under the signature), so that no node
 * outside demo mode ever trusts it.
 */
public record MemberDirectory(String region, long version, Instant issuedAt, List<Member> members, boolean demo) {

  /** One node: id, GB/T 2260 province code, base URL of its endpoints, public key (base64 SPKI), agency codes. */
  public record Member(String id, String province, String endpoint, String publicKey, List<String> agencies) {
    public Member {
      agencies = List.copyOf(agencies);
      if (!NodeId.isWellFormed(id)) {
        throw new IllegalArgumentException("member id must be 2-8 capital letters, was " + id);
      }
      if (!endpoint.matches("https?://[^\\s/]+(/\\S*)?") || endpoint.endsWith("/")) {
        throw new IllegalArgumentException("endpoint of " + id + " must be an http(s) base URL without a trailing slash, was " + endpoint);
      }
      Sm2.publicKeyFromBase64(publicKey);
    }

    public PublicKey key() {
      return Sm2.publicKeyFromBase64(publicKey);
    }
  }

  /** A real region's directory (not the demo's). */
  public MemberDirectory(String region, long version, Instant issuedAt, List<Member> members) {
    this(region, version, issuedAt, members, false);
  }

  public MemberDirectory {
    members = List.copyOf(members);
    if (version < 0) {
      throw new IllegalArgumentException("directory version must not be negative");
    }
    if (members.stream().map(Member::id).distinct().count() != members.size()) {
      throw new IllegalArgumentException("a node id appears twice in the directory");
    }
  }

  /**
   * Version 0: a node alone, before the coordinator's directory is installed. It names no peers, so
   * nothing can be sent or received; any signed directory (version 1 or more) replaces it.
   */
  public static MemberDirectory isolated(String region, Member self) {
    return new MemberDirectory(region, 0, Instant.now(), List.of(self));
  }

  public Optional<Member> member(String id) {
    return members.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The file form: pretty-printed UTF-8 JSON (the signature covers exactly these bytes). */
  public byte[] toJsonBytes() {
    ObjectNode node = EnvelopeJson.mapper().createObjectNode();
    node.put("region", region);
    node.put("version", version);
    node.put("issuedAt", Timestamps.format(issuedAt));
    if (demo) {
      node.put("demo", true);
    }
    ArrayNode list = node.putArray("members");
    for (Member m : members) {
      ObjectNode n = list.addObject();
      n.put("id", m.id());
      n.put("province", m.province());
      n.put("endpoint", m.endpoint());
      n.put("publicKey", m.publicKey());
      ArrayNode agencies = n.putArray("agencies");
      m.agencies().forEach(agencies::add);
    }
    String text = EnvelopeJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
    return (text + "\n").getBytes(StandardCharsets.UTF_8);
  }

  public static MemberDirectory fromJsonBytes(byte[] json) {
    try {
      JsonNode node = EnvelopeJson.mapper().readTree(json);
      List<Member> members = new ArrayList<>();
      for (JsonNode m : node.required("members").values()) {
        List<String> agencies = new ArrayList<>();
        JsonNode list = m.get("agencies");
        if (list != null) {
          list.values().forEach(a -> agencies.add(a.stringValue()));
        }
        members.add(new Member(m.required("id").stringValue(), m.required("province").stringValue(), m.required("endpoint").stringValue(), m.required("publicKey").stringValue(), agencies));
      }
      JsonNode demo = node.get("demo");
      return new MemberDirectory(
          node.required("region").stringValue(),
          node.required("version").longValue(),
          Timestamps.parse(node.required("issuedAt").stringValue()),
          members,
          demo != null && demo.booleanValue());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("The member directory is not valid: " + e.getMessage(), e);
    }
  }

  /** Signs the file bytes with the coordinator's key: the content of {@code directory.sig}. */
  public static String sign(byte[] json, PrivateKey coordinatorKey) {
    return Sm2.signBase64(coordinatorKey, json);
  }

  /** Reads a directory whose signature verifies with the coordinator's key, or fails saying why. */
  public static MemberDirectory verified(byte[] json, String signatureBase64, PublicKey coordinatorKey) {
    if (!Sm2.verifiesBase64(coordinatorKey, json, signatureBase64.trim())) {
      throw new IllegalArgumentException("The member directory's signature does not verify with the coordinator's public key (trust anchor)");
    }
    return fromJsonBytes(json);
  }

  /** Whether two directories list the same members (versions and issue times aside). */
  public boolean sameMembersAs(MemberDirectory other) {
    return region.equals(other.region) && demo == other.demo && members.equals(other.members);
  }

  /** The members reached over plain {@code http://}, without TLS. */
  public List<Member> plainHttpMembers() {
    return members.stream().filter(m -> m.endpoint().startsWith("http://")).toList();
  }
}
