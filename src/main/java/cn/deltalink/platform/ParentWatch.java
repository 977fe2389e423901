package cn.deltalink.platform;

import java.util.concurrent.TimeUnit;

/**
 * A node started by the regional demo stops when the demo process is gone, so that killing the demo
 * never leaves orphan nodes holding ports and databases.
 */
final class ParentWatch {

  private ParentWatch() {}

  static void startIfRequested(String[] args) {
    NodeLauncher.argument(args, "deltalink.parent-pid")
        .map(Long::parseLong)
        .flatMap(ProcessHandle::of)
        .ifPresent(
            parent -> {
              Thread watch =
                  new Thread(
                      () -> {
                        while (parent.isAlive()) {
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
}
