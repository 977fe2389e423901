package cn.deltalink.fraud.internal.demo;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.fraud.FraudWarnings;
import cn.deltalink.fraud.MoneyStep;
import cn.deltalink.fraud.RiskEntryDraft;
import cn.deltalink.fraud.RiskSource;
import cn.deltalink.fraud.RiskType;
import cn.deltalink.fraud.WarningDraft;
import cn.deltalink.fraud.internal.report.TakingReports;
import cn.deltalink.fraud.internal.risk.RecordingRiskEntries;
import cn.deltalink.fraud.internal.risk.RiskEntryRows;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: a node that owns no risk entries yet records a few dozen (fraud phones, mule cards,
 * payment accounts, servers, devices, phishing sites, loan apps), takes a few victim reports in the
 * article's shape (money paid into first-level mule cards) and warns the neighbouring provinces about
 * cards opened there (Yiwu for Zhejiang, Hefei for Anhui, …), the same ones on every start.
 */
@Component
class DemoFraud {

  private static final Logger log = LoggerFactory.getLogger(DemoFraud.class);
  /** Where the demo's mule cards of each province were opened: the article's Yiwu and Hefei among them. */
  private static final Map<String, String> BRANCH_BY_PROVINCE = Map.of("31", "310115", "32", "320613", "33", "330782", "34", "340104");
  private static final String[] PHONE_LABELS = {"冒充客服电话", "冒充公检法电话", "刷单返利电话", "贷款诈骗电话"};
  private static final String[] SITES = {"jd-tuikuan-kefu.top", "icbc-anquan-renzheng.xyz", "gongjian-fa-chaxun.cc", "shuadan-fanli-app.vip", "etc-zhuxiao-kefu.top"};
  private static final String[] APPS = {"com.kuaidai.xiaoe", "com.touzi.licai.pro", "com.shuadan.fanli"};
  private static final String[] STORIES = {"冒充电商客服，以退款为由诱导转账", "冒充公安机关，称涉嫌洗钱要求转入“安全账户”", "刷单返利，先小额返利后诱导大额充值", "虚假贷款，以解冻费、保证金名义转账"};

  private final NodeSettings node;
  private final Agencies agencies;
  private final Exchange exchange;
  private final RiskEntryRows entries;
  private final RecordingRiskEntries recording;
  private final TakingReports reports;
  private final FraudWarnings warnings;
  private final TransactionTemplate transaction;

  DemoFraud(NodeSettings node, Agencies agencies, Exchange exchange, RiskEntryRows entries, RecordingRiskEntries recording, TakingReports reports, FraudWarnings warnings,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.node = node;
    this.agencies = agencies;
    this.exchange = exchange;
    this.entries = entries;
    this.recording = recording;
    this.reports = reports;
    this.warnings = warnings;
    this.transaction = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  public void seed() {
    if (!node.demo() || entries.countOwnedBy(node.id()) > 0) {
      return;
    }
    Random random = new Random(node.id().hashCode() * 31L);
    String agency = agencies.provincialDepartment(node.province()).code();
    transaction.executeWithoutResult(status -> {
      recording.recordAll(risks(random));
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      for (int i = 0; i < 4; i++) {
        reports.takeAsNode(new TakingReports.Request(new BigDecimal(8_000 + random.nextInt(90_000) + ".00"), now.minus(2 + i * 9L, ChronoUnit.HOURS), i % 2 == 0 ? "phone-call" : "social-app",
            List.of(card(random), card(random)), List.of(mobile(random, "170")), List.of("http://" + SITES[i % SITES.length] + "/pay"), null, STORIES[i % STORIES.length]), agency);
      }
      for (Exchange.Member member : exchange.members()) {
        String branch = BRANCH_BY_PROVINCE.get(member.province());
        if (branch == null || member.id().equals(exchange.localNode())) {
          continue;
        }
        String victimCard = card(random);
        String mule = card(random);
        BigDecimal amount = new BigDecimal(20_000 + random.nextInt(60_000) + ".00");
        warnings.send(new WarningDraft(mule, branch, 85 + random.nextInt(14), List.of("fan-in: 9 victims paid in within 3 hours", "rapid pass-through: 96% out within 12 minutes"),
            List.of(new MoneyStep(victimCard, mule, amount, now.minus(50, ChronoUnit.MINUTES))), "H0", null, amount));
      }
    });
    log.info("Demo mode: risk entries, victim reports and warnings of node {} seeded", node.id());
  }

  private static List<RiskEntryDraft> risks(Random random) {
    List<RiskEntryDraft> list = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      list.add(new RiskEntryDraft(RiskType.PHONE, mobile(random, i % 2 == 0 ? "170" : "165"), PHONE_LABELS[i % PHONE_LABELS.length], 3 + random.nextInt(3), RiskSource.BANK_FEED,
          "运营商反诈模型标记：呼出频次异常，被叫投诉", null));
    }
    for (int i = 0; i < 8; i++) {
      list.add(new RiskEntryDraft(RiskType.BANK_CARD, card(random), i < 4 ? "一级卡（两卡）" : "二级卡（两卡）", i < 4 ? 5 : 4, RiskSource.CASE, "案件串并：多名被害人资金流入后快速转出", null));
    }
    for (int i = 0; i < 3; i++) {
      list.add(new RiskEntryDraft(RiskType.PAYMENT_ACCOUNT, "alipay:zf" + (100_000 + random.nextInt(900_000)), "涉诈支付账户", 4, RiskSource.BANK_FEED, "支付机构风控上报", null));
    }
    for (int i = 0; i < 3; i++) {
      list.add(new RiskEntryDraft(RiskType.IP_ADDRESS, "203.0.113." + (1 + random.nextInt(250)), "诈骗服务器", 3, RiskSource.ANALYST, "钓鱼网站解析地址", null));
    }
    for (int i = 0; i < 2; i++) {
      list.add(new RiskEntryDraft(RiskType.DEVICE_ID, imei(random), "涉诈设备", 4, RiskSource.CASE, "多张涉诈卡在同一设备登录", null));
    }
    for (String site : SITES) {
      list.add(new RiskEntryDraft(RiskType.URL, site, "钓鱼网站", 5, RiskSource.ANALYST, "仿冒页面，诱导填写银行卡和验证码", null));
    }
    for (String app : APPS) {
      list.add(new RiskEntryDraft(RiskType.APP, app, "涉诈应用", 4, RiskSource.ANALYST, "虚假贷款/投资应用", null));
    }
    return list;
  }

  private static String mobile(Random random, String prefix) {
    StringBuilder digits = new StringBuilder(prefix);
    while (digits.length() < 11) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  /** A 19-digit UnionPay debit card number with its Luhn check digit. */
  private static String card(Random random) {
    StringBuilder digits = new StringBuilder(random.nextBoolean() ? "622202" : "621700");
    while (digits.length() < 18) {
      digits.append(random.nextInt(10));
    }
    return digits.append(checkDigit(digits.toString())).toString();
  }

  private static String imei(Random random) {
    StringBuilder digits = new StringBuilder("86");
    while (digits.length() < 14) {
      digits.append(random.nextInt(10));
    }
    return digits.append(checkDigit(digits.toString())).toString();
  }

  private static int checkDigit(String body) {
    int sum = 0;
    boolean twice = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (twice) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}
