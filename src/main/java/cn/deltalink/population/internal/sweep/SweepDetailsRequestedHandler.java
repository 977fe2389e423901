package cn.deltalink.population.internal.sweep;

import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import org.springframework.stereotype.Component;

/** Takes {@link SweepMessages#DETAILS_REQUESTED} messages and hands them to {@link Sweeping#answerDetails}. */
@Component
class SweepDetailsRequestedHandler implements MessageHandler {

  private final Sweeping sweeping;

  SweepDetailsRequestedHandler(Sweeping sweeping) {
    this.sweeping = sweeping;
  }

  @Override
  public String type() {
    return SweepMessages.DETAILS_REQUESTED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    sweeping.answerDetails(message);
  }
}
