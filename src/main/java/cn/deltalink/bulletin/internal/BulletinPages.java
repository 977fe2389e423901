package cn.deltalink.bulletin.internal;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The bulletin pages: inbox, sent, new, and one bulletin with its targets' state. */
@Controller
@RequestMapping("/bulletins")
class BulletinPages {

  private final PublishingBulletins publishing;
  private final AcknowledgingBulletins acknowledging;
  private final ReadingBulletins reading;
  private final Exchange exchange;
  private final CurrentOfficer current;
  private final MessageSource messages;

  BulletinPages(PublishingBulletins publishing, AcknowledgingBulletins acknowledging, ReadingBulletins reading, Exchange exchange, CurrentOfficer current, MessageSource messages) {
    this.publishing = publishing;
    this.acknowledging = acknowledging;
    this.reading = reading;
    this.exchange = exchange;
    this.current = current;
    this.messages = messages;
  }

  /** What the form shows again after a refusal (files must be chosen again: browsers do not keep them). */
  record Form(String title, String body, String handlingCode, String urgency, List<String> targets, String purpose) {
    static Form empty() {
      return new Form("", "", "H0", "routine", List.of(), BulletinDraft.DEFAULT_PURPOSE);
    }
  }

  @GetMapping
  String inbox(Model model) {
    model.addAttribute("tab", "inbox").addAttribute("inbox", reading.inbox());
    return tabs(model);
  }

  @GetMapping("/sent")
  String sent(Model model) {
    model.addAttribute("tab", "sent").addAttribute("sent", reading.sent());
    return tabs(model);
  }

  @GetMapping("/new")
  String newBulletin(Model model) {
    return form(model, Form.empty(), null);
  }

  @PostMapping
  String create(
      @RequestParam(required = false) @Nullable String title,
      @RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable String handlingCode,
      @RequestParam(required = false) @Nullable String urgency,
      @RequestParam(required = false) @Nullable List<String> targets,
      @RequestParam(required = false) @Nullable String purpose,
      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      BulletinDraft draft = BulletinDraft.of(title, body, handlingCode, urgency, targets, purpose, uploads(files));
      return "redirect:/bulletins/" + publishing.publish(draft);
    } catch (RequestRefused refused) {
      response.setStatus(refused.status().value());
      Form again = new Form(orEmpty(title), orEmpty(body), orEmpty(handlingCode), orEmpty(urgency), targets == null ? List.of() : targets, orEmpty(purpose));
      return form(model, again, refused.in(messages, locale));
    }
  }

  @GetMapping("/{id}")
  String detail(@PathVariable UUID id, Model model) {
    return detailPage(reading.open(id), model);
  }

  /** The targets' delivery and acknowledgement table alone: the detail page polls it with htmx. */
  @GetMapping("/{id}/tracking")
  String tracking(@PathVariable UUID id, Model model) {
    model.addAttribute("detail", reading.detail(id));
    return "bulletin/detail :: tracking";
  }

  @PostMapping("/{id}/acknowledgement")
  String acknowledge(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note) {
    acknowledging.acknowledge(id, note);
    return "redirect:/bulletins/" + id;
  }

  @PostMapping("/{id}/forward")
  String forward(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> targets, @RequestParam(required = false) @Nullable String purpose, Model model, Locale locale, HttpServletResponse response) {
    ReadingBulletins.Detail detail = reading.detail(id);
    if (!mayForward(detail.bulletin(), current.get().orElse(null))) {
      // the bulletin itself refuses: the use case audits the attempt and throws, the error page shows why
      return "redirect:/bulletins/" + publishing.forward(id, Targets.parse(targets), purpose);
    }
    try {
      return "redirect:/bulletins/" + publishing.forward(id, Targets.parse(targets), purpose);
    } catch (RequestRefused refused) {
      // what is left to refuse is what the officer typed: shown on the form
      response.setStatus(refused.status().value());
      model.addAttribute("forwardError", refused.in(messages, locale));
      return detailPage(detail, model);
    }
  }

  /** Other refusals (an unknown bulletin, a missing role) show the error page with their status. */
  @ExceptionHandler(RequestRefused.class)
  String refused(RequestRefused refused, Model model, HttpServletResponse response) {
    response.setStatus(refused.status().value());
    model.addAttribute("status", refused.status().value());
    return "error";
  }

  private String detailPage(ReadingBulletins.Detail detail, Model model) {
    CurrentOfficer.Officer officer = current.get().orElse(null);
    Bulletin bulletin = detail.bulletin();
    model.addAttribute("detail", detail)
        .addAttribute("forwardTargets", bulletin instanceof ReceivedBulletin received ? forwardTargets(received) : List.of())
        .addAttribute("mayForward", mayForward(bulletin, officer))
        .addAttribute("mayAcknowledge", officer != null && bulletin instanceof ReceivedBulletin received && received.mayAcknowledge(officer))
        .addAttribute("maySend", PublishingBulletins.maySend(officer));
    return "bulletin/detail";
  }

  private String tabs(Model model) {
    model.addAttribute("maySend", PublishingBulletins.maySend(current.get().orElse(null)));
    return "bulletin/list";
  }

  private String form(Model model, Form form, @Nullable String error) {
    model.addAttribute("tab", "new")
        .addAttribute("form", form)
        .addAttribute("error", error)
        .addAttribute("handlingCodes", HandlingCode.values())
        .addAttribute("members", otherMembers(List.of()));
    return tabs(model);
  }

  private static boolean mayForward(Bulletin bulletin, CurrentOfficer.@Nullable Officer officer) {
    return bulletin instanceof ReceivedBulletin received && received.mayForward(officer);
  }

  private List<String> forwardTargets(ReceivedBulletin bulletin) {
    return otherMembers(List.copyOf(bulletin.notForwardedTo()));
  }

  private List<String> otherMembers(List<String> excluded) {
    return exchange.members().stream().map(Exchange.Member::id).filter(id -> !id.equals(exchange.localNode())).map(NodeId::value).filter(id -> !excluded.contains(id)).toList();
  }

  private static List<AttachmentFile> uploads(@Nullable List<MultipartFile> files) {
    if (files == null) {
      return List.of();
    }
    // an empty file input still sends one nameless, empty part
    List<MultipartFile> sent = files.stream().filter(f -> !f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
    UploadLimits.check(sent.stream().map(f -> new UploadLimits.Announced(f.getOriginalFilename(), f.getSize())).toList());
    List<AttachmentFile> attachments = new ArrayList<>();
    for (MultipartFile file : sent) {
      try {
        attachments.add(AttachmentFile.upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return attachments;
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
