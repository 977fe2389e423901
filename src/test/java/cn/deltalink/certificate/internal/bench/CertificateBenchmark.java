package cn.deltalink.certificate.internal.bench;

import cn.deltalink.certificate.CertificateRequest;
import cn.deltalink.certificate.internal.issuing.IndexEntry;
import cn.deltalink.certificate.internal.pdf.CertificateCodes;
import cn.deltalink.certificate.internal.pdf.CertificatePdf;
import cn.deltalink.certificate.internal.verifying.CertificateChecks;
import cn.deltalink.exchange.internal.core.Sm2;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU work of issuing and of checking one e-certificate on one thread: {@code issue} renders the
 * PDF (font subset, QR code), takes its SM3 digest and signs the index entry with SM2; {@code verify}
 * reads the code from the file, takes its SM3 digest and verifies the SM2 signature. The database
 * writes and the exchange are left out (measured by the cross-node tests, not here). Besides JMH's
 * wall-clock score, each iteration prints the rate per second of the thread's own CPU time, since the
 * machine's two cores are shared with other builds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class CertificateBenchmark {

  private static final CertificateRequest REQUEST =
      new CertificateRequest(
          "household-certificate",
          "户籍证明",
          "Household Registration Certificate",
          "周雨桐",
          "320102198806059511",
          List.of(
              new CertificateRequest.Line("户籍地址", "Household address", "江苏省南京市玄武区玄武门街道"),
              new CertificateRequest.Line("户号", "Household number", "320102900001"),
              new CertificateRequest.Line("与户主关系", "Relation to head", "户主")),
          "YRD-BENCH-1");

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private CertificatePdf renderer;
  private KeyPair key;
  private byte[] pdf;
  private IndexEntry signed;
  private long cpuStart;
  private long ops;

  @Setup(Level.Trial)
  public void prepare() {
    renderer = new CertificatePdf();
    key = Sm2.generateKeyPair();
    pdf = render();
    IndexEntry entry = entry(pdf);
    signed = entry.signed(Sm2.signBase64(key.getPrivate(), entry.signedText()));
  }

  @Setup(Level.Iteration)
  public void startMeter() {
    cpuStart = threads.getCurrentThreadCpuTime();
    ops = 0;
  }

  @TearDown(Level.Iteration)
  public void report() {
    double seconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf("%n  per second of this thread's CPU time: %.1f%n", ops / seconds);
  }

  @Benchmark
  public String issue() {
    byte[] file = render();
    IndexEntry entry = entry(file);
    ops++;
    return Sm2.signBase64(key.getPrivate(), entry.signedText());
  }

  @Benchmark
  public boolean verify() {
    String code = CertificateChecks.codeIn(pdf).orElseThrow();
    boolean ok = code.equals(signed.code()) && CertificateChecks.sm3(pdf).equals(signed.pdfSm3()) && Sm2.verifiesBase64(key.getPublic(), signed.signedText(), signed.signature());
    ops++;
    return ok;
  }

  private byte[] render() {
    String code = CertificateCodes.next("JS");
    return renderer.render(REQUEST, new CertificatePdf.Issue(code, "JS", "江苏省公安厅", "Jiangsu Provincial Public Security Department", Instant.now(), "http://localhost:8132/public/certificates/verification?code=" + code));
  }

  private static IndexEntry entry(byte[] file) {
    String code = CertificateChecks.codeIn(file).orElseThrow();
    return new IndexEntry(code, "JS", "household-certificate", "户籍证明", "Household Registration Certificate", "周** 320102********9511", Instant.now(), CertificateChecks.sm3(file), IndexEntry.VALID, null, null, 1, "");
  }
}
