package cn.deltalink.platform;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A node (or the regional demo) stops when the process that started it is gone: the demo for its
 * nodes, Maven for {@code ./mvnw spring-boot:run}. Killing the demo or Maven then never leaves orphan
 * nodes holding ports and databases. A node started from a shell is not watched.
 */
final class ParentWatch {

  private ParentWatch() {}

  static void start(String[] args) {
    Optional<ProcessHandle> parent =
        NodeLauncher.argument(args, "deltalink.parent-pid").map(Long::parseLong).flatMap(ProcessHandle::of).or(ParentWatch::javaParent);
    parent.ifPresent(
        watched -> {
          Thread watch =
              new Thread(
                  () -> {
                    while (watched.isAlive()) {
                      try {
                        TimeUnit.SECONDS.sleep(2);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                    System.exit(0);
                  },
                  "parent-watch");
          watch.setDaemon(true);
          watch.start();
        });
  }

  /** The parent process when it is a Java process (Maven, an IDE, the demo), not a shell. */
  private static Optional<ProcessHandle> javaParent() {
    return ProcessHandle.current().parent().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false));
  }
}
