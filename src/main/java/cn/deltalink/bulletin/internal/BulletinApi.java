package cn.deltalink.bulletin.internal;

import cn.deltalink.bulletin.internal.BulletinJson.AcknowledgementRequest;
import cn.deltalink.bulletin.internal.BulletinJson.Created;
import cn.deltalink.bulletin.internal.BulletinJson.Forward;
import cn.deltalink.bulletin.internal.BulletinJson.NewBulletin;
import cn.deltalink.region.Agencies;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bulletin API (协查通报): write, list, open, acknowledge, forward, download attachments. */
@RestController
@RequestMapping("/api/v1/bulletins")
class BulletinApi {

  private final PublishingBulletins publishing;
  private final AcknowledgingBulletins acknowledging;
  private final ReadingBulletins reading;
  private final Agencies agencies;

  BulletinApi(PublishingBulletins publishing, AcknowledgingBulletins acknowledging, ReadingBulletins reading, Agencies agencies) {
    this.publishing = publishing;
    this.acknowledging = acknowledging;
    this.reading = reading;
    this.agencies = agencies;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Created> create(@RequestBody NewBulletin request) {
    List<BulletinJson.Upload> uploads = request.attachments() == null ? List.of() : request.attachments();
    UploadLimits.check(uploads.stream().map(a -> a == null ? new UploadLimits.Announced(null, 0) : new UploadLimits.Announced(a.name(), UploadLimits.decodedBytes(a.base64()))).toList());
    List<AttachmentFile> files = uploads.stream().map(a -> a == null ? AttachmentFile.fromBase64(null, null, null) : AttachmentFile.fromBase64(a.name(), a.contentType(), a.base64())).toList();
    BulletinDraft draft = BulletinDraft.of(request.title(), request.body(), request.handlingCode(), request.urgency(), request.targets(), request.purpose(), files);
    return created(publishing.publish(draft));
  }

  @GetMapping("/inbox")
  List<BulletinJson.InboxItem> inbox() {
    return reading.inbox().stream().map(BulletinJson::inboxItem).toList();
  }

  @GetMapping("/sent")
  List<BulletinJson.SentItem> sent() {
    return reading.sent().stream().map(BulletinJson::sentItem).toList();
  }

  @GetMapping("/{id}")
  BulletinJson.Detail open(@PathVariable UUID id) {
    return BulletinJson.detail(reading.open(id), agencies);
  }

  @PostMapping("/{id}/acknowledgement")
  ResponseEntity<BulletinJson.Ack> acknowledge(@PathVariable UUID id, @RequestBody(required = false) @Nullable AcknowledgementRequest request) {
    AcknowledgingBulletins.Outcome outcome = acknowledging.acknowledge(id, request == null ? null : request.note());
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(BulletinJson.ack(outcome.acknowledgement(), agencies));
  }

  @PostMapping(path = "/{id}/forward", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Created> forward(@PathVariable UUID id, @RequestBody Forward request) {
    return created(publishing.forward(id, Targets.parse(request.targets()), request.purpose()));
  }

  @GetMapping("/{id}/attachments/{position}")
  ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable int position) {
    AttachmentFile file = reading.download(id, position);
    // always a download, never shown inline: the content type came from another officer's browser
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SM3", file.sm3())
        .body(file.content());
  }

  private static ResponseEntity<Created> created(UUID id) {
    return ResponseEntity.created(URI.create("/api/v1/bulletins/" + id)).body(new Created(id));
  }
}
