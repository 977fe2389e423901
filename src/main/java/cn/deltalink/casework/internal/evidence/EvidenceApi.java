package cn.deltalink.casework.internal.evidence;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.cases.CaseAccess;
import cn.deltalink.exchange.MemberKeys;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence items of a case, their chain of custody, their files and the verification of both. */
@RestController
@Tag(name = "evidence", description = "Evidence items with their SM3 digest and signed chain of custody")
class EvidenceApi {

  record Collect(@Nullable String kind, @Nullable String title, @Nullable String place, @Nullable String note, @Nullable String fileName, @Nullable String contentType, @Nullable String contentBase64) {}

  record CustodyRequest(@Nullable String action, @Nullable String place, @Nullable String note) {}

  record ItemView(UUID id, UUID caseId, String kind, String title, String sm3, String fileName, long size, boolean fileHere, String node, String agency, java.time.Instant addedAt, List<CustodyEntry> custody) {}

  private final RecordingEvidence recording;
  private final EvidenceItems items;
  private final CaseFiles files;
  private final CaseAccess access;
  private final MemberKeys memberKeys;
  private final AuditTrail audit;

  EvidenceApi(RecordingEvidence recording, EvidenceItems items, CaseFiles files, CaseAccess access, MemberKeys memberKeys, AuditTrail audit) {
    this.recording = recording;
    this.items = items;
    this.files = files;
    this.access = access;
    this.memberKeys = memberKeys;
    this.audit = audit;
  }

  @Operation(
      summary = "Collect an evidence item into a case (JSON with the file in Base64)",
      description = "{kind (evidence kind code, e.g. transfer-records), title, place (where collected), note, fileName, contentType, contentBase64 (at most 5 MiB)}; the first custody entry (collected) is signed by this node.")
  @PostMapping(path = "/api/v1/cases/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ItemView> collect(@PathVariable UUID id, @RequestBody Collect request) {
    byte[] content;
    try {
      content = Base64.getDecoder().decode(request.contentBase64() == null ? "" : request.contentBase64().strip());
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.evidence.base64");
    }
    var upload = new RecordingEvidence.Upload(request.fileName() == null ? "" : request.fileName(), request.contentType() == null ? "" : request.contentType(), content);
    EvidenceItem item = recording.collect(id, request.kind(), request.title(), request.place(), request.note(), upload);
    return ResponseEntity.status(HttpStatus.CREATED).body(view(item));
  }

  @Operation(summary = "Collect an evidence item into a case (multipart form)", description = "kind, title, place, note, file.")
  @PostMapping(path = "/api/v1/cases/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ItemView> collectForm(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String title,
      @RequestParam(required = false) @Nullable String place,
      @RequestParam(required = false) @Nullable String note,
      @RequestParam(required = false) @Nullable MultipartFile file) {
    RecordingEvidence.Upload upload = null;
    if (file != null && !file.isEmpty()) {
      try {
        upload = new RecordingEvidence.Upload(file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(), file.getContentType() == null ? "" : file.getContentType(), file.getBytes());
      } catch (IOException e) {
        throw CASEWORK.invalid("casework.refused.file.unreadable");
      }
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(view(recording.collect(id, kind, title, place, note, upload)));
  }

  @Operation(summary = "The evidence items of a case")
  @GetMapping("/api/v1/cases/{id}/evidence")
  List<ItemView> ofCase(@PathVariable UUID id) {
    access.require(id, CaseOfficers.READERS, "evidence.list");
    audit.record("evidence.list", id.toString(), "", AuditOutcome.ok());
    return items.ofCase(id).stream().map(this::view).toList();
  }

  @Operation(summary = "One evidence item with its chain of custody")
  @GetMapping("/api/v1/evidence/{id}")
  ItemView read(@PathVariable UUID id) {
    EvidenceItem item = allowed(id, "evidence.read");
    audit.record("evidence.read", id.toString(), "", AuditOutcome.ok());
    return view(item);
  }

  @Operation(summary = "Record what was done to the item", description = "{action: sealed|transferred|examined|returned, place, note}; signed by this node and chained to the entry before.")
  @PostMapping(path = "/api/v1/evidence/{id}/custody", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CustodyEntry> custody(@PathVariable UUID id, @RequestBody CustodyRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(recording.record(id, request.action(), request.place(), request.note()));
  }

  @Operation(summary = "Check the item's integrity (SM3 of the file) and its chain of custody (signatures, order, rules)")
  @GetMapping("/api/v1/evidence/{id}/verification")
  Verification verify(@PathVariable UUID id) {
    EvidenceItem item = allowed(id, "evidence.verify");
    Verification v = Verification.of(item, files.content(item.fileId()), items.custody(id), e -> memberKeys.verifies(NodeId.of(e.node()), e.signedText(), e.signature()));
    audit.record("evidence.verify", id.toString(), "", v.verified() ? AuditOutcome.ok("verified") : AuditOutcome.ok("problems: " + v.problems().size()));
    return v;
  }

  @Operation(summary = "The item's file, once all its parts are here")
  @GetMapping("/api/v1/evidence/{id}/file")
  ResponseEntity<byte[]> file(@PathVariable UUID id) {
    EvidenceItem item = allowed(id, "evidence.file");
    CaseFile file = files.find(item.fileId()).orElseThrow();
    byte[] content = files.content(item.fileId()).orElseThrow(() -> CASEWORK.conflict("casework.refused.evidence.fileArriving", id));
    audit.record("evidence.file", id.toString(), "", AuditOutcome.ok());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(file.contentType()))
        .body(content);
  }

  private EvidenceItem allowed(UUID id, String action) {
    EvidenceItem item = items.find(id).orElseThrow(() -> CASEWORK.notFound("casework.refused.evidence.notFound", id));
    access.require(item.caseId(), CaseOfficers.READERS, action);
    return item;
  }

  private ItemView view(EvidenceItem item) {
    CaseFile file = files.find(item.fileId()).orElseThrow();
    return new ItemView(item.id(), item.caseId(), item.kind(), item.title(), item.sm3(), file.name(), file.size(), file.complete(), item.node(), item.agency(), item.addedAt(), items.custody(item.id()));
  }
}
