package cn.deltalink;

import cn.deltalink.platform.NodeLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One province's DeltaLink node. {@code --deltalink.start=region} starts the four-node demo of the
 * reference region as child processes; {@code --deltalink.start=SH} (or no argument: Jiangsu) starts
 * one node.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DeltaLinkApplication {

  public static void main(String[] args) {
    NodeLauncher.launch(DeltaLinkApplication.class, args);
  }
}
