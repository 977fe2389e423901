package cn.deltalink.certificate.internal.issuing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code certificate_index} table: this node's entries and the replicas of the others'. */
@Repository
public class CertificateIndex {

  private final JdbcClient jdbc;

  CertificateIndex(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<IndexEntry> find(String code) {
    return jdbc.sql("select * from certificate_index where code = :code").param("code", code).query(CertificateIndex::entry).optional();
  }

  /** Stores the entry unless a version as new or newer is held. */
  void store(IndexEntry e) {
    jdbc.sql(
            """
            insert into certificate_index (code, issuer_node, kind, title_zh, title_en, holder_masked, issued_at, pdf_sm3, status, revoked_at, revocation_reason, version, signature)
            values (:code, :issuer, :kind, :titleZh, :titleEn, :holder, :issuedAt, :sm3, :status, :revokedAt, :reason, :version, :signature)
            on conflict (code) do update set status = excluded.status, revoked_at = excluded.revoked_at, revocation_reason = excluded.revocation_reason,
              version = excluded.version, signature = excluded.signature
            where certificate_index.version < excluded.version and certificate_index.issuer_node = excluded.issuer_node
            """)
        .param("code", e.code())
        .param("issuer", e.issuerNode())
        .param("kind", e.kind())
        .param("titleZh", e.titleZh())
        .param("titleEn", e.titleEn())
        .param("holder", e.holderMasked())
        .param("issuedAt", Timestamp.from(e.issuedAt()))
        .param("sm3", e.pdfSm3())
        .param("status", e.status())
        .param("revokedAt", e.revokedAt() == null ? null : Timestamp.from(e.revokedAt()))
        .param("reason", e.revocationReason())
        .param("version", e.version())
        .param("signature", e.signature())
        .update();
  }

  /** The latest entries, newest first, for the issuer's list. */
  public List<IndexEntry> latest(String issuer, int limit) {
    return jdbc.sql("select * from certificate_index where issuer_node = :issuer order by issued_at desc limit :limit").param("issuer", issuer).param("limit", limit).query(CertificateIndex::entry).list();
  }

  /** Per issuing node: how many certificates this node's index holds, and how many are revoked. */
  public List<Object[]> countsByIssuer() {
    return jdbc.sql("select issuer_node, count(*), count(*) filter (where status = 'revoked') from certificate_index group by issuer_node order by issuer_node")
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)})
        .list();
  }

  static IndexEntry entry(ResultSet rs, int row) throws SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new IndexEntry(
        rs.getString("code"),
        rs.getString("issuer_node"),
        rs.getString("kind"),
        rs.getString("title_zh"),
        rs.getString("title_en"),
        rs.getString("holder_masked"),
        rs.getTimestamp("issued_at").toInstant(),
        rs.getString("pdf_sm3"),
        rs.getString("status"),
        revoked == null ? null : revoked.toInstant(),
        rs.getString("revocation_reason"),
        rs.getLong("version"),
        rs.getString("signature"));
  }
}
