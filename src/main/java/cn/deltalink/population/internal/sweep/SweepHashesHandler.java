package cn.deltalink.population.internal.sweep;

import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import org.springframework.stereotype.Component;

/** Takes {@link SweepMessages#HASHES} messages and hands them to {@link Sweeping#receiveHashes}. */
@Component
class SweepHashesHandler implements MessageHandler {

  private final Sweeping sweeping;

  SweepHashesHandler(Sweeping sweeping) {
    this.sweeping = sweeping;
  }

  @Override
  public String type() {
    return SweepMessages.HASHES;
  }

  @Override
  public void handle(ReceivedMessage message) {
    sweeping.receiveHashes(message);
  }
}
