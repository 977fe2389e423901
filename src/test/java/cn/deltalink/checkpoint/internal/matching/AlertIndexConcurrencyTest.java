package cn.deltalink.checkpoint.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.identity.VehiclePlate;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Checks running while alerts come and go (and the tables grow) see every alert that stays. */
class AlertIndexConcurrencyTest {

  @Test
  void checksDuringUpdatesAlwaysFindTheAlertsThatStay() throws Exception {
    AlertIndex index = new AlertIndex(16);
    UUID staying = UUID.randomUUID();
    index.put(AlertKeys.of(staying, 1, new AlertKey.Plate(new VehiclePlate("苏A12345")), new AlertKey.ResidentId("320102198001011238")));
    CameraReads camera = new CameraReads(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      Future<Integer> writer =
          threads.submit(
              () -> {
                UUID[] recent = new UUID[64];
                for (int i = 0; i < 40_000; i++) {
                  UUID id = UUID.randomUUID();
                  index.put(AlertKeys.of(id, 1, new AlertKey.Plate(camera.plate())));
                  if (recent[i % 64] != null) {
                    index.remove(recent[i % 64]);
                  }
                  recent[i % 64] = id;
                }
                writing.set(false);
                return 0;
              });
      Future<Integer> plateChecks = threads.submit(() -> missesWhileWriting(index, writing, new Read.Vehicle("苏A12345", 0.9), staying));
      Future<Integer> idChecks = threads.submit(() -> missesWhileWriting(index, writing, Read.Person.byResidentId("320102800101123"), staying));

      writer.get(2, TimeUnit.MINUTES);
      assertThat(plateChecks.get(2, TimeUnit.MINUTES)).isZero();
      assertThat(idChecks.get(2, TimeUnit.MINUTES)).isZero();
      assertThat(index.alerts()).isEqualTo(65);
    } finally {
      threads.shutdownNow();
    }
  }

  private static int missesWhileWriting(AlertIndex index, AtomicBoolean writing, Read read, UUID expected) {
    int misses = 0;
    int checks = 0;
    while (writing.get() || checks < 1_000) {
      checks++;
      if (index.check(read).stream().noneMatch(c -> c.alertId().equals(expected) && c.match() == Match.CERTAIN)) {
        misses++;
      }
    }
    return misses;
  }
}
