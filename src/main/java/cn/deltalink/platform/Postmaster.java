package cn.deltalink.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The embedded server's main process, watched so that a node can tell whether its PostgreSQL has
 * really gone. The library's stop waits at most 5 s for a fast shutdown and then gives up quietly;
 * a shutdown checkpoint after a large import can take longer on a busy machine.
 */
final class Postmaster {

  private final long pid;
  private final Path pgCtl;

  private Postmaster(long pid, Path pgCtl) {
    this.pid = pid;
    this.pgCtl = pgCtl;
  }

  /** The server behind {@code postgres}, found through its data directory's pid file. */
  static Optional<Postmaster> of(EmbeddedPostgres postgres) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select current_setting('data_directory')")) {
      row.next();
      Path pidFile = Path.of(row.getString(1), "postmaster.pid");
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      return ProcessHandle.of(pid)
          .flatMap(server -> server.info().command())
          .map(command -> new Postmaster(pid, Path.of(command).resolveSibling("pg_ctl")));
    } catch (SQLException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the process has ended. A process that has ended but whose parent has not yet collected
   * it (a zombie; the server's parent is the machine's init once {@code pg_ctl} has exited) counts as
   * ended: it holds no files, memory or port.
   */
  static boolean hasEnded(long pid) {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.isReadable(stat)) {
      return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
    }
    try {
      String line = new String(Files.readAllBytes(stat), StandardCharsets.US_ASCII);
      // "pid (command) state ...": the command may hold spaces and parentheses, the state follows the last ')'
      int end = line.lastIndexOf(')');
      return end < 0 || end + 2 >= line.length() || line.charAt(end + 2) == 'Z' || line.charAt(end + 2) == 'X';
    } catch (IOException gone) {
      return true;
    }
  }

  /** Waits up to {@code wait} for the process to end; whether it has. */
  boolean awaitEnd(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!hasEnded(pid)) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      try {
        TimeUnit.MILLISECONDS.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return hasEnded(pid);
      }
    }
    return true;
  }

  /**
   * PostgreSQL's immediate shutdown (SIGQUIT): the server ends without its shutdown checkpoint, and
   * its next start replays the write-ahead log, so nothing committed is lost.
   */
  void stopImmediately() throws IOException, InterruptedException {
    Process kill = new ProcessBuilder(pgCtl.toString(), "kill", "QUIT", Long.toString(pid)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    kill.waitFor(10, TimeUnit.SECONDS);
  }
}
