package cn.deltalink.fraudanalysis.internal.analysis;

import cn.deltalink.fraudanalysis.internal.Analysts;
import cn.deltalink.fraudanalysis.internal.Refused;
import cn.deltalink.fraudanalysis.internal.model.AnalysisModel;
import cn.deltalink.fraudanalysis.internal.model.TransactionGraph;
import cn.deltalink.platform.UntrustedText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Analyses of imported transactions: scores with reasons, networks, evaluation, an account's neighbourhood. */
@RestController
@Tag(name = "analyses", description = "Laundering patterns found over an import's transaction graph: scores 0-100 with reasons, candidate networks, evaluation against labels")
@RequestMapping("/api/v1/analyses")
class AnalysisApi {

  /** Seconds around 1970 far enough to hold any transaction (about 3,000 years). */
  private static final long EARLIEST = 100_000_000_000L;

  record Request(@Nullable UUID importId) {}

  record Started(UUID id) {}

  record AccountJson(String account, int score, @Nullable String branchDivision, JsonNode reasons) {
    static AccountJson of(Analyses.Score s) {
      return new AccountJson(s.account(), s.score(), s.branchDivision(), s.reasons());
    }
  }

  private final RunningAnalyses running;
  private final Analyses analyses;
  private final Analysts analysts;

  AnalysisApi(RunningAnalyses running, Analyses analyses, Analysts analysts) {
    this.running = running;
    this.analyses = analyses;
    this.analysts = analysts;
  }

  @Operation(summary = "Analyse a finished import", description = "{importId}; answers 202 with the analysis id and runs in the background. Unknown import 404, unfinished import 409.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Started> start(@RequestBody Request request) {
    var officer = analysts.require("fraudanalysis.analyse", String.valueOf(request.importId()));
    if (request.importId() == null) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.importIdRequired");
    }
    UUID id = running.start(request.importId(), officer.username());
    analysts.audited("fraudanalysis.analyse", id.toString(), "import " + request.importId());
    return ResponseEntity.accepted().body(new Started(id));
  }

  @Operation(summary = "The latest analyses, newest first")
  @GetMapping
  List<Analyses.Analysis> latest() {
    analysts.require("fraudanalysis.analysis.list", "");
    return analyses.latest(50);
  }

  @Operation(summary = "An analysis: state (waiting, running, done, failed), progress 0 to 1, counts, time taken")
  @GetMapping("/{id}")
  Analyses.Analysis get(@PathVariable UUID id) {
    analysts.require("fraudanalysis.analysis.read", id.toString());
    return found(id);
  }

  @Operation(summary = "Accounts scoring at least minScore (default: the warning threshold), highest first, each with its reasons and the transactions behind them (audited)")
  @GetMapping("/{id}/accounts")
  List<AccountJson> accounts(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer minScore, @RequestParam(defaultValue = "500") int limit) {
    analysts.require("fraudanalysis.accounts", id.toString());
    Analyses.Analysis analysis = found(id);
    int min = minScore == null ? analysis.threshold() : minScore;
    if (min < 0 || min > 100 || limit < 1 || limit > 5_000) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.accountsQuery");
    }
    List<AccountJson> accounts = analyses.scores(id, Math.max(min, 1), limit).stream().map(AccountJson::of).toList();
    analysts.audited("fraudanalysis.accounts", id.toString(), accounts.size() + " accounts from score " + min);
    return accounts;
  }

  @Operation(summary = "One account's score and reasons in the analysis (audited)")
  @GetMapping("/{id}/accounts/{account}")
  AccountJson account(@PathVariable UUID id, @PathVariable String account) {
    analysts.require("fraudanalysis.account", id + " " + UntrustedText.clipped(account, 64));
    found(id);
    AccountJson found = analyses.score(id, account).map(AccountJson::of).orElseGet(() -> new AccountJson(UntrustedText.clipped(account, 64), 0, null, tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode()));
    analysts.audited("fraudanalysis.account", id + " " + found.account(), "score " + found.score());
    return found;
  }

  @Operation(summary = "Candidate networks (gangs): flagged accounts joined by money or shared devices, with the money that came in, moved between them and left as cash")
  @GetMapping("/{id}/networks")
  JsonNode networks(@PathVariable UUID id) {
    analysts.require("fraudanalysis.networks", id.toString());
    found(id);
    analysts.audited("fraudanalysis.networks", id.toString(), "");
    return analyses.networks(id);
  }

  @Operation(summary = "Precision, recall and F1 at account level, overall and per typology, when the import carries labels (404 when it does not)")
  @GetMapping("/{id}/evaluation")
  JsonNode evaluation(@PathVariable UUID id) {
    analysts.require("fraudanalysis.evaluation", id.toString());
    Analyses.Analysis analysis = found(id);
    if (!analysis.state().equals("done")) {
      throw Refused.ANALYSIS.conflict("fraudanalysis.refused.analysisState", analysis.state());
    }
    JsonNode evaluation = analyses.evaluation(id);
    if (evaluation == null) {
      throw Refused.ANALYSIS.notFound("fraudanalysis.refused.noLabels");
    }
    return evaluation;
  }

  @Operation(summary = "An account's neighbourhood for the graph view: accounts within depth hops (1-3) over transactions between from and to (ISO instants), with amounts and times (audited)")
  @GetMapping("/{id}/accounts/{account}/neighbourhood")
  Neighbourhood.View neighbourhood(@PathVariable UUID id, @PathVariable String account, @RequestParam(defaultValue = "2") int depth, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to) {
    analysts.require("fraudanalysis.neighbourhood", id + " " + UntrustedText.clipped(account, 64));
    if (depth < 1 || depth > 3) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.depth");
    }
    Analyses.Analysis analysis = found(id);
    if (!analysis.state().equals("done")) {
      throw Refused.ANALYSIS.conflict("fraudanalysis.refused.analysisState", analysis.state());
    }
    AnalysisModel.Result result = running.result(id).orElseThrow(() -> Refused.ANALYSIS.notFound("fraudanalysis.refused.noAnalysis", id));
    TransactionGraph graph = result.graph();
    Integer centre = graph.transactions().accountId(account);
    if (centre == null) {
      throw Refused.ANALYSIS.notFound("fraudanalysis.refused.noAccount", UntrustedText.clipped(account, 64));
    }
    long start = instant(from, "from", -EARLIEST);
    long end = instant(to, "to", EARLIEST);
    if (end < start) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.toBeforeFrom");
    }
    Neighbourhood.View view = Neighbourhood.of(graph, result.scores(), centre, depth, start, end);
    analysts.audited("fraudanalysis.neighbourhood", id + " " + view.account(), view.nodes().size() + " accounts");
    return view;
  }

  private static long instant(@Nullable String value, String name, long otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Instant.parse(value).getEpochSecond();
    } catch (DateTimeParseException e) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.notInstant", name);
    }
  }

  private Analyses.Analysis found(UUID id) {
    return analyses.find(id).orElseThrow(() -> Refused.ANALYSIS.notFound("fraudanalysis.refused.noAnalysis", id));
  }
}
