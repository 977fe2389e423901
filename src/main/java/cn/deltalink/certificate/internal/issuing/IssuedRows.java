package cn.deltalink.certificate.internal.issuing;

import cn.deltalink.certificate.IssuedCertificate;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code certificate_issued} table: the PDFs this node issued, as delivered. */
@Repository
class IssuedRows {

  private final JdbcClient jdbc;

  IssuedRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String code, String kind, String reference, String issuedBy, Instant at, byte[] pdf) {
    jdbc.sql("insert into certificate_issued (code, kind, reference, issued_by, issued_at, pdf) values (:code, :kind, :ref, :by, :at, :pdf)")
        .param("code", code)
        .param("kind", kind)
        .param("ref", reference)
        .param("by", issuedBy)
        .param("at", Timestamp.from(at))
        .param("pdf", pdf)
        .update();
  }

  Optional<IssuedCertificate> find(String code, String node) {
    return jdbc.sql("select code, issued_at, pdf from certificate_issued where code = :code")
        .param("code", code)
        .query((rs, n) -> new IssuedCertificate(rs.getString("code"), rs.getBytes("pdf"), rs.getTimestamp("issued_at").toInstant(), node))
        .optional();
  }
}
