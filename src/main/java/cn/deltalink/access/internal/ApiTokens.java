package cn.deltalink.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens, stored in {@code api_token} by the SM3 hash of their secret. */
@Repository
class ApiTokens {

  /** A token as its owner sees it: never with its secret. */
  record Token(long id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {}

  private final JdbcClient jdbc;

  ApiTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Token create(String username, String name, String tokenHash, Instant expiresAt) {
    return jdbc.sql(
            """
            insert into api_token (username, name, token_hash, expires_at) values (:u, :n, :h, :e)
            returning id, name, created_at, expires_at, last_used_at, revoked_at
            """)
        .param("u", username)
        .param("n", name)
        .param("h", tokenHash)
        .param("e", at(expiresAt))
        .query(ApiTokens::token)
        .single();
  }

  List<Token> of(String username) {
    return jdbc.sql("select id, name, created_at, expires_at, last_used_at, revoked_at from api_token where username = :u order by id desc")
        .param("u", username)
        .query(ApiTokens::token)
        .list();
  }

  int countUsable(String username, Instant now) {
    return jdbc.sql("select count(*) from api_token where username = :u and revoked_at is null and expires_at > :now")
        .param("u", username)
        .param("now", at(now))
        .query(Integer.class)
        .single();
  }

  /** Revokes one of the officer's own tokens; false when they have no such usable token. */
  boolean revoke(String username, long id) {
    return jdbc.sql("update api_token set revoked_at = now() where id = :id and username = :u and revoked_at is null")
            .param("id", id)
            .param("u", username)
            .update()
        > 0;
  }

  /** A usable token as the node checks it: which one, and whose. */
  record Usable(long id, String username) {}

  /**
   * The usable (not revoked, not expired) token with this hash. Only read: a client calling the API
   * thousands of times a second must not rewrite the token's row each time ({@link #markUsed}).
   */
  Optional<Usable> usable(String tokenHash, Instant now) {
    return jdbc.sql("select id, username from api_token where token_hash = :h and revoked_at is null and expires_at > :now")
        .param("h", tokenHash)
        .param("now", at(now))
        .query((rs, n) -> new Usable(rs.getLong("id"), rs.getString("username")))
        .optional();
  }

  /** Notes a use; called once per address and audit window, so "last used" is exact to that window. */
  void markUsed(long id, Instant now) {
    jdbc.sql("update api_token set last_used_at = :now where id = :id").param("id", id).param("now", at(now)).update();
  }

  /** Revokes every usable token of the officer (their password changed); how many there were. */
  int revokeAll(String username, Instant now) {
    return jdbc.sql("update api_token set revoked_at = :now where username = :u and revoked_at is null and expires_at > :now")
        .param("u", username)
        .param("now", at(now))
        .update();
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Token token(ResultSet rs, int n) throws SQLException {
    return new Token(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
        instant(rs, "last_used_at"),
        instant(rs, "revoked_at"));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
