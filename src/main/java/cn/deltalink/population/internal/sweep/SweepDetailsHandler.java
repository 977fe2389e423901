package cn.deltalink.population.internal.sweep;

import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import org.springframework.stereotype.Component;

/** Takes {@link SweepMessages#DETAILS} messages and hands them to {@link Sweeping#receiveDetails}. */
@Component
class SweepDetailsHandler implements MessageHandler {

  private final Sweeping sweeping;

  SweepDetailsHandler(Sweeping sweeping) {
    this.sweeping = sweeping;
  }

  @Override
  public String type() {
    return SweepMessages.DETAILS;
  }

  @Override
  public void handle(ReceivedMessage message) {
    sweeping.receiveDetails(message);
  }
}
