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
    for (RegionNodes.Node node : nodes.nodes()) {
      List<String> command = new ArrayList<>();
      command.add(java);
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-Xss512k");
      command.add("-Dfile.encoding=UTF-8");
      command.add("-cp");
      command.add(classpath);
      command.add(application.getName());
      for (String arg : args) {
        if (!arg.startsWith("--deltalink.start=")) {
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
      System.out.printf("[demo] started node %s (%s) on http://localhost:%d%n", node.id(), node.nameEn(), node.port());
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

  private void stopAll() {
    children.forEach(Process::destroy);
    for (Process child : children) {
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
