package cn.deltalink.fraudanalysis;

import cn.deltalink.fraudanalysis.internal.generator.GeneratedRow;
import cn.deltalink.fraudanalysis.internal.generator.SyntheticTransactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Transaction files sent to a node as a demo analyst would: multipart with the file and the mapping, over real HTTP. */
final class TransactionUploads {

  /** The AMLSim columns of the generated file, mapped as a user would map them. */
  static final String AMLSIM_MAPPING =
      """
      {"source":"orig_acct","target":"bene_acct","amount":"base_amt","time":"tran_timestamp","label":"is_sar","typology":"typology","channel":"tx_type",
       "branchDivision":"orig_branch","targetBranchDivision":"bene_branch","device":"device"}""";

  private TransactionUploads() {}

  /** A small generated data set as CSV text, with its known answers. */
  static String generatedCsv(long seed, SyntheticTransactions.Size size, SyntheticTransactions.Truth[] truth) {
    StringBuilder csv = new StringBuilder(GeneratedRow.HEADER).append('\n');
    truth[0] = SyntheticTransactions.generate(seed, size, row -> csv.append(row.csv()).append('\n'));
    return csv.toString();
  }

  static HttpResponse<String> upload(String base, String username, String fileName, String csv, String mapping) {
    String boundary = "----deltalink" + System.nanoTime();
    String body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + mapping + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/transaction-imports"))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":Demo@2026").getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
