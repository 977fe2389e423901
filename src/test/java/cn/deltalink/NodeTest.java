package cn.deltalink;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole Jiangsu node in demo mode on a random port, with its own fresh embedded PostgreSQL. Tests
 * that share this annotation share one node (Spring caches the context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = DeltaLinkApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "deltalink.node.id=JS",
      "deltalink.node.province=32",
      "deltalink.node.demo=true",
      "deltalink.node.home=target/test-nodes/JS",
      "deltalink.db.embedded-data=ephemeral",
      "deltalink.db.embedded-port=0",
      // the suite's many deliberate failures all come from loopback; AttemptLimitsTest tests the limit
      "deltalink.access.attempts.failures-per-source=100000"
    })
public @interface NodeTest {}
