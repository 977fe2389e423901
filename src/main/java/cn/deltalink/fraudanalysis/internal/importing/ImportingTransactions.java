package cn.deltalink.fraudanalysis.internal.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Imports a transaction file: the header is checked against the mapping before the caller gets an
 * answer; then, in the background, every row is checked and streamed into one {@code COPY} inside one
 * transaction, into a table of the import's own that becomes a partition of
 * {@code fraudanalysis_transaction} when all rows are in (ADR 040). Refused rows are collected with
 * their numbers (the first hundred); if there is any, or anything else fails, the transaction is
 * rolled back and nothing of the file is kept (ADR 037).
 */
@Service
public class ImportingTransactions {

  /** More refused rows than this are counted but not listed. */
  static final int LISTED_ERRORS = 100;
  private static final long PROGRESS_EVERY_ROWS = 50_000;
  private static final java.util.regex.Pattern ROWS_TABLE = java.util.regex.Pattern.compile("fraudanalysis_transaction_[0-9a-f]{32}");
  private static final Logger log = LoggerFactory.getLogger(ImportingTransactions.class);

  private final DataSource dataSource;
  private final TransactionImports imports;
  private final Clock clock = Clock.systemUTC();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "transaction-import");
    thread.setDaemon(true);
    return thread;
  });

  ImportingTransactions(DataSource dataSource, TransactionImports imports) {
    this.dataSource = dataSource;
    this.imports = imports;
  }

  /**
   * Starts importing the file (the caller's copy, which this takes over and deletes when done).
   *
   * @throws IllegalArgumentException when the header lacks a mapped column or the file has no header
   */
  public UUID start(Path file, String fileName, ColumnMapping mapping, String startedBy) throws IOException {
    return start(file, fileName, mapping, startedBy, imported -> {});
  }

  /** As {@link #start(Path, String, ColumnMapping, String)}, then hands the id on when the import is done. */
  public UUID start(Path file, String fileName, ColumnMapping mapping, String startedBy, java.util.function.Consumer<UUID> whenDone) throws IOException {
    int[] positions;
    try (Reader reader = reader(Files.newInputStream(file))) {
      String[] header = new CsvRecords(reader).next();
      if (header == null) {
        throw new IllegalArgumentException("The file is empty: it needs a header line naming the columns");
      }
      positions = mapping.positionsIn(header);
    } catch (IllegalArgumentException | IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    UUID id = UUID.randomUUID();
    imports.create(id, fileName, mapping, Files.size(file), startedBy, clock.instant());
    worker.submit(() -> {
      if (run(id, file, positions)) {
        whenDone.accept(id);
      }
    });
    return id;
  }

  /** Imports the file; answers whether it was kept. */
  private boolean run(UUID id, Path file, int[] positions) {
    AtomicLong read = new AtomicLong();
    long rows = 0;
    long errorCount = 0;
    List<TransactionImports.RowError> errors = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Reader reader = reader(counting(Files.newInputStream(file), read))) {
      connection.setAutoCommit(false);
      try {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(CopyRows.copyInto(rowsTable(connection, id)));
        CopyRows out = new CopyRows(copy);
        CsvRecords records = new CsvRecords(reader);
        records.next();
        try {
          for (String[] fields = records.next(); fields != null; fields = records.next()) {
            try {
              TransactionRow row = TransactionRow.read(fields, positions);
              if (errorCount == 0) {
                out.write(records.number(), row);
              }
              rows++;
            } catch (TransactionRow.Refused refused) {
              errorCount++;
              if (errors.size() < LISTED_ERRORS) {
                errors.add(new TransactionImports.RowError(records.number(), refused.field(), refused.getMessage()));
              }
            }
            if ((rows + errorCount) % PROGRESS_EVERY_ROWS == 0) {
              imports.progress(id, read.get(), rows);
            }
          }
        } catch (IllegalArgumentException broken) {
          errorCount++;
          errors.add(new TransactionImports.RowError(records.number(), "file", broken.getMessage()));
        }
        if (errorCount > 0) {
          copy.cancelCopy();
          connection.rollback();
          imports.failed(id, rows, errorCount, errors, errorCount + " rows refused; nothing was imported", clock.instant());
          return false;
        }
        out.finish();
        try (PreparedStatement attach = connection.prepareStatement("select fraudanalysis_import_rows_end(?)")) {
          attach.setObject(1, id);
          attach.execute();
        }
        try (PreparedStatement done = connection.prepareStatement("update fraudanalysis_import set state = 'done', rows = ?, bytes_read = bytes, finished_at = ? where id = ?")) {
          done.setLong(1, rows);
          done.setTimestamp(2, Timestamp.from(clock.instant()));
          done.setObject(3, id);
          done.executeUpdate();
        }
        connection.commit();
        log.info("Transaction import {}: {} rows", id, rows);
        return true;
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException | IOException | RuntimeException e) {
      log.warn("Transaction import {} failed; nothing was kept", id, e);
      imports.failed(id, rows, errorCount, errors, "the import failed: " + e.getClass().getSimpleName() + "; nothing was kept", clock.instant());
      return false;
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("Could not delete the imported file {}", file, e);
      }
    }
  }

  /** The import's own table, created in this transaction by the schema's owner (V141). */
  private static String rowsTable(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement begin = connection.prepareStatement("select fraudanalysis_import_rows_begin(?)")) {
      begin.setObject(1, id);
      try (ResultSet table = begin.executeQuery()) {
        table.next();
        String name = table.getString(1);
        if (!ROWS_TABLE.matcher(name).matches()) {
          throw new SQLException("Unexpected table name for import " + id + ": " + name);
        }
        return name;
      }
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void abandonImportsOfTheLastRun() {
    int abandoned = imports.abandonRunning(clock.instant());
    if (abandoned > 0) {
      log.info("{} transaction imports were running when the node stopped; marked failed", abandoned);
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  private static Reader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static InputStream counting(InputStream in, AtomicLong read) {
    return new java.io.FilterInputStream(new java.io.BufferedInputStream(in, 1 << 16)) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          read.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          read.addAndGet(n);
        }
        return n;
      }
    };
  }
}
