package cn.deltalink.exchange.internal.tracking;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.directory.TrustedDirectory;
import cn.deltalink.exchange.internal.peer.PeerStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page /exchange (节点消息跟踪): per-peer summary and the message list with filters. */
@Controller
class ExchangePage {

  /** A peer's row: the counts and what is known about reaching it. */
  record PeerRow(MessageTracking.PeerSummary summary, PeerStatus.Contact contact, String endpoint) {}

  private static final PageTimes TIMES = new PageTimes();

  private final MessageTracking tracking;
  private final TrackingAccess access;
  private final TrustedDirectory directory;
  private final PeerStatus status;
  private final AuditTrail audit;

  ExchangePage(MessageTracking tracking, TrackingAccess access, TrustedDirectory directory, PeerStatus status, AuditTrail audit) {
    this.tracking = tracking;
    this.access = access;
    this.directory = directory;
    this.status = status;
    this.audit = audit;
  }

  @GetMapping("/exchange")
  String overview(
      @RequestParam(required = false) @Nullable String peer,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String direction,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!access.mayWatch()) {
      throw new AccessDeniedException("Tracking the exchange needs the role administrator, duty officer, supervisor or auditor");
    }
    String peerFilter = blankToNull(peer);
    String stateFilter = blankToNull(state);
    String directionFilter = blankToNull(direction);
    boolean valid =
        (peerFilter == null || directory.member(peerFilter).isPresent())
            && (stateFilter == null || MessageTracking.OUTGOING_STATES.contains(stateFilter) || MessageTracking.INCOMING_STATES.contains(stateFilter))
            && (directionFilter == null || directionFilter.equals("outgoing") || directionFilter.equals("incoming"));
    List<MemberDirectory.Member> peers = directory.peers();
    model.addAttribute(
        "peers",
        tracking.peers(peers.stream().map(MemberDirectory.Member::id).toList()).stream()
            .map(
                s ->
                    new PeerRow(
                        s,
                        status.of(s.peer()).orElse(new PeerStatus.Contact(null, null, null, null)),
                        peers.stream().filter(p -> p.id().equals(s.peer())).findFirst().map(MemberDirectory.Member::endpoint).orElse("")))
            .toList());
    model.addAttribute("messages", valid ? tracking.list(peerFilter, stateFilter, directionFilter, Math.max(page, 0)) : List.of());
    model.addAttribute("invalidFilter", !valid);
    model.addAttribute("peer", peerFilter);
    model.addAttribute("state", stateFilter);
    model.addAttribute("direction", directionFilter);
    model.addAttribute("page", Math.max(page, 0));
    model.addAttribute("pageSize", MessageTracking.PAGE_SIZE);
    model.addAttribute("times", TIMES);
    model.addAttribute("directoryVersion", directory.directory().version());
    audit.record("exchange.messages.list", "peer=" + peerFilter + " state=" + stateFilter + " direction=" + directionFilter + " page=" + page, "", AuditOutcome.ok());
    return "exchange/overview";
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
