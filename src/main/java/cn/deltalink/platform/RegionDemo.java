package cn.deltalink.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts every node of a region as its own Java process on this machine (same classpath, demo mode),
 * prefixes their output with the node id, and stops them all when this process ends. Each node is an
 * ordinary node process: it can be stopped and started again on its own with
 * {@code ./mvnw spring-boot:run -Dnode=<id>}.
 */
final class RegionDemo {

  /** Arguments the demo sets for each child itself. */
  private static final java.util.regex.Pattern OWN_ARGUMENTS =
      java.util.regex.Pattern.compile("--deltalink\\.(start|region|node\\.demo|parent-pid)=");

  /** How long the nodes have to stop together; each stops its database within 7 s when stuck. */
  private static final java.time.Duration STOP_WAIT = java.time.Duration.ofSeconds(9);

  private final RegionNodes nodes;
  private final Class<?> application;
  private final List<Process> children = new ArrayList<>();

  RegionDemo(RegionNodes nodes, Class<?> application) {
    this.nodes = nodes;
    this.application = application;
  }

  void run(String[] args) {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "region-demo-stop"));
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath = System.getProperty("java.class.path");
    // The default node starts first and alone: on a two-core machine four JVMs starting together
    // take twice as long for each, and the default node is the one a newcomer opens first.
    List<RegionNodes.Node> order = new ArrayList<>(nodes.nodes());
    order.sort((a, b) -> Boolean.compare(!a.id().equals(NodeLauncher.DEFAULT_NODE), !b.id().equals(NodeLauncher.DEFAULT_NODE)));
    for (RegionNodes.Node node : order) {
      List<String> command = new ArrayList<>();
      command.add(java);
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-Xss512k");
      command.add("-Dfile.encoding=UTF-8");
      command.add("-cp");
      command.add(classpath);
      command.add(application.getName());
      for (String arg : args) {
        if (!OWN_ARGUMENTS.matcher(arg).lookingAt()) {
          command.add(arg);
        }
      }
      command.add("--deltalink.start=" + node.id());
      command.add("--deltalink.region=" + nodes.region());
      command.add("--deltalink.node.demo=true");
      command.add("--deltalink.parent-pid=" + ProcessHandle.current().pid());
      try {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(process);
        relay(node.id(), process);
      } catch (IOException e) {
        throw new IllegalStateException("Could not start node " + node.id(), e);
      }
      System.out.printf("[demo] starting node %s (%s) on http://localhost:%d%n", node.id(), node.nameEn(), node.port());
      if (node.id().equals(NodeLauncher.DEFAULT_NODE)) {
        awaitPort(node.port(), children.get(children.size() - 1));
      }
    }
    for (Process child : children) {
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Waits (at most two minutes) until a node accepts connections on its port, or has exited. */
  private static void awaitPort(int port, Process process) {
    for (int i = 0; i < 240 && process.isAlive(); i++) {
      try (java.net.Socket socket = new java.net.Socket()) {
        socket.connect(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static void relay(String id, Process process) {
    Thread relay =
        new Thread(
            () -> {
              try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  System.out.println("[" + id + "] " + line);
                }
              } catch (IOException e) {
                // the node has exited; its exit shows in the demo's own output
              }
            },
            "relay-" + id);
    relay.setDaemon(true);
    relay.start();
  }

  /**
   * Asks every node to stop (SIGTERM; after Ctrl-C they have the SIGINT already) and waits for them
   * together. A node that has not ended when the demo's time is up is killed: each node stops its
   * own database first when it is stuck (DatabaseStop), so what is killed holds nothing.
   */
  private void stopAll() {
    children.forEach(Process::destroy);
    long deadline = System.nanoTime() + STOP_WAIT.toNanos();
    for (Process child : children) {
      try {
        if (!child.waitFor(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS)) {
          child.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        child.destroyForcibly();
      }
    }
  }
}
