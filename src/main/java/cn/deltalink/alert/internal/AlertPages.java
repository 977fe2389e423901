package cn.deltalink.alert.internal;

import cn.deltalink.alert.AlertCategory;
import cn.deltalink.alert.ActionOnHit;
import cn.deltalink.alert.WarningMarker;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.platform.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;

/** The alert pages: the list (own and replica, with filters), one alert, and the forms to issue, amend, withdraw and flag. */
@Controller
@RequestMapping("/alerts")
class AlertPages {

  private final PublishingAlerts publishing;
  private final FlaggingAlerts flagging;
  private final ReadingAlerts reading;
  private final AlertViews views;
  private final Exchange exchange;
  private final CurrentOfficer current;
  private final AttachingPhotos attaching;
  private final ViewingPhotos viewing;
  private final MessageSource messages;

  AlertPages(
      PublishingAlerts publishing,
      FlaggingAlerts flagging,
      ReadingAlerts reading,
      AlertViews views,
      Exchange exchange,
      CurrentOfficer current,
      AttachingPhotos attaching,
      ViewingPhotos viewing,
      MessageSource messages) {
    this.attaching = attaching;
    this.viewing = viewing;
    this.messages = messages;
    this.publishing = publishing;
    this.flagging = flagging;
    this.reading = reading;
    this.views = views;
    this.exchange = exchange;
    this.current = current;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String origin,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String issuer,
      Model model) {
    Alerts.Filter filter = AlertApi.filter(issuer, origin, kind, null, state, null, null, false, 200, 0);
    String self = exchange.localNode().value();
    model.addAttribute("alerts", reading.list(filter, "").stream().map(a -> views.listed(a, self)).toList())
        .addAttribute("origin", origin == null ? "" : origin)
        .addAttribute("kind", kind == null ? "" : kind)
        .addAttribute("state", state == null ? "" : state)
        .addAttribute("issuer", issuer == null ? "" : issuer)
        .addAttribute("members", exchange.members().stream().map(Exchange.Member::id).toList())
        .addAttribute("mayIssue", PublishingAlerts.mayIssue(current.get().orElse(null)));
    return "alert/list";
  }

  @GetMapping("/new")
  String form(Model model) {
    return form(model, null);
  }

  @PostMapping
  String create(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String residentId,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String plate,
      @RequestParam(required = false) @Nullable String vin,
      @RequestParam(required = false) @Nullable String documentNumber,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(required = false) @Nullable List<String> warningMarkers,
      @RequestParam(required = false) @Nullable String actionOnHit,
      @RequestParam(required = false) @Nullable String handlingCode,
      @RequestParam(required = false) @Nullable String validUntil,
      @RequestParam(required = false) @Nullable String dutyContact,
      @RequestParam(required = false) @Nullable List<String> targets,
      Model model,
      HttpServletResponse response) {
    String k = kind == null ? "" : kind;
    AlertJson.Request request =
        new AlertJson.Request(
            kind,
            category,
            k.equals("person") ? new AlertJson.Person(residentId, name, List.of(), null, null) : null,
            k.equals("vehicle") ? new AlertJson.Vehicle(plate, vin) : null,
            k.equals("document") ? new AlertJson.Document(documentNumber) : null,
            reason,
            null,
            warningMarkers,
            actionOnHit,
            handlingCode,
            validUntil,
            null,
            dutyContact,
            targets,
            false);
    try {
      return "redirect:/alerts/" + publishing.create(request).id();
    } catch (RequestRefused refused) {
      response.setStatus(refused.status().value());
      return form(model, refused.in(messages, LocaleContextHolder.getLocale()));
    }
  }

  @GetMapping("/{id}")
  String detail(@PathVariable UUID id, Model model) {
    ReadingAlerts.Detail detail = reading.open(id, ReadingAlerts.DEFAULT_PURPOSE);
    model.addAttribute("alert", views.detail(detail, ReadingAlerts.DEFAULT_PURPOSE))
        .addAttribute("mayIssue", PublishingAlerts.mayIssue(current.get().orElse(null)))
        .addAttribute("zone", cn.deltalink.identity.ResidentIdNumber.CHINA)
        .addAttribute("mayViewPhoto", ViewingPhotos.mayView(current.get().orElse(null)))
        .addAttribute("withdrawals", List.of("arrested", "found", "recovered", "expired", "cancelled"));
    return "alert/detail";
  }

  @PostMapping("/{id}/amendment")
  String amend(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, @RequestParam(required = false) @Nullable String validUntil) {
    publishing.amend(id, new AlertJson.Request(null, null, null, null, null, reason, null, null, null, null, validUntil, null, null, null, null));
    return "redirect:/alerts/" + id;
  }

  @PostMapping("/{id}/withdrawal")
  String withdraw(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason) {
    publishing.withdraw(id, reason);
    return "redirect:/alerts/" + id;
  }

  /** The photo for an {@code <img>} on this node's pages: audited as every view of it. */
  @GetMapping("/{id}/photo")
  ResponseEntity<byte[]> photo(@PathVariable UUID id) {
    return PhotoApi.image(viewing.open(id, ReadingAlerts.DEFAULT_PURPOSE));
  }

  /** The announced size is checked before the file is read; the content decides the type. */
  @PostMapping("/{id}/photo")
  String attachPhoto(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile photo) throws java.io.IOException {
    if (photo == null || photo.isEmpty()) {
      throw Refused.ALERT.invalid("alert.refused.photo.empty");
    }
    if (photo.getSize() > AlertPhoto.MAX_BYTES) {
      throw Refused.ALERT.tooLarge("alert.refused.photo.tooLarge", photo.getSize(), AlertPhoto.MAX_BYTES);
    }
    attaching.attach(id, photo.getBytes());
    return "redirect:/alerts/" + id;
  }

  @PostMapping("/{id}/photo/removal")
  String removePhoto(@PathVariable UUID id) {
    attaching.remove(id);
    return "redirect:/alerts/" + id;
  }

  @PostMapping("/{id}/flag")
  String flag(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason) {
    flagging.flag(id, reason);
    return "redirect:/alerts/" + id;
  }

  @ExceptionHandler(RequestRefused.class)
  String refused(RequestRefused refused, Model model, HttpServletResponse response) {
    response.setStatus(refused.status().value());
    model.addAttribute("status", refused.status().value()).addAttribute("refusal", refused.in(messages, LocaleContextHolder.getLocale()));
    return "error";
  }

  private String form(Model model, @Nullable String error) {
    model.addAttribute("error", error)
        .addAttribute("categories", AlertCategory.values())
        .addAttribute("markers", WarningMarker.values())
        .addAttribute("actions", ActionOnHit.values())
        .addAttribute("members", exchange.members().stream().map(Exchange.Member::id).filter(m -> !m.equals(exchange.localNode().value())).toList())
        .addAttribute("mayIssue", PublishingAlerts.mayIssue(current.get().orElse(null)));
    return "alert/form";
  }
}
