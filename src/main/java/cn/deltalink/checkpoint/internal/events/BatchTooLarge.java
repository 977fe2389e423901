package cn.deltalink.checkpoint.internal.events;

import cn.deltalink.platform.RequestRefused;
import org.springframework.http.HttpStatus;

/** 413: a batch with more events than a node takes in one request. */
public class BatchTooLarge extends RequestRefused {

  public BatchTooLarge(int size, int max) {
    super(HttpStatus.CONTENT_TOO_LARGE, "A batch carries at most " + max + " events, not " + size + "; send it in parts");
  }
}
