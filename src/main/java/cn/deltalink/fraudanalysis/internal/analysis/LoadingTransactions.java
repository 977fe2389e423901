package cn.deltalink.fraudanalysis.internal.analysis;

import cn.deltalink.fraudanalysis.internal.model.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Reads an import's rows into the model's columns, streamed from PostgreSQL with a cursor. */
@Component
class LoadingTransactions {

  private final DataSource dataSource;

  LoadingTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Transactions load(UUID importId, LongConsumer rowsRead) throws SQLException {
    Transactions transactions = new Transactions();
    try (Connection connection = dataSource.getConnection()) {
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement select =
          connection.prepareStatement(
              "select source, target, amount_cents, extract(epoch from at)::bigint, cash, laundering, typology, branch_division, target_branch_division, device, ip, phone"
                  + " from fraudanalysis_transaction where import_id = ? order by row_no")) {
        select.setFetchSize(20_000);
        select.setObject(1, importId);
        try (ResultSet rs = select.executeQuery()) {
          long n = 0;
          while (rs.next()) {
            String source = rs.getString(1);
            Boolean laundering = rs.getObject(6) == null ? null : rs.getBoolean(6);
            transactions.add(source, rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5), laundering, rs.getString(7), rs.getString(8), rs.getString(9));
            identifier(transactions, source, "device", rs.getString(10));
            identifier(transactions, source, "ip", rs.getString(11));
            identifier(transactions, source, "phone", rs.getString(12));
            if (++n % 100_000 == 0) {
              rowsRead.accept(n);
            }
          }
        }
      } finally {
        connection.commit();
        connection.setAutoCommit(auto);
      }
    }
    return transactions;
  }

  private static void identifier(Transactions transactions, String account, String kind, String value) {
    if (value != null) {
      transactions.identifierUsed(account, kind, value);
    }
  }
}
