package cn.deltalink.population.internal.sweep;

import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import org.springframework.stereotype.Component;

/** Takes {@link SweepMessages#REQUESTED} messages and hands them to {@link Sweeping#answerRequest}. */
@Component
class SweepRequestedHandler implements MessageHandler {

  private final Sweeping sweeping;

  SweepRequestedHandler(Sweeping sweeping) {
    this.sweeping = sweeping;
  }

  @Override
  public String type() {
    return SweepMessages.REQUESTED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    sweeping.answerRequest(message);
  }
}
