package cn.deltalink.casework.internal.pages;

import cn.deltalink.casework.internal.assistance.RequestingAssistance;
import cn.deltalink.casework.internal.cases.Case;
import cn.deltalink.casework.internal.cases.Cases;
import cn.deltalink.casework.internal.cases.EntityChecks;
import cn.deltalink.casework.internal.cases.EntityRequest;
import cn.deltalink.casework.internal.cases.JoiningCases;
import cn.deltalink.casework.internal.cases.OpeningCases;
import cn.deltalink.casework.internal.cases.RecordingEntities;
import cn.deltalink.casework.internal.evidence.RecordingEvidence;
import cn.deltalink.platform.NodeSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only (and {@code deltalink.casework.demo}, on by default): a node that holds no case yet
 * opens the article's cases of its province. Jiangsu: the Nantong telecom-fraud case with requests to
 * Yiwu and Hefei, the Suzhou "debt-bearer" contract-fraud case joint with Jiaxing, a Nanjing theft.
 * Zhejiang and Anhui: cases that share a mule card and a plate with Jiangsu's, so the linkage finds
 * them whichever node starts first (the later one asks, or tells the earlier one's subscription).
 */
@Component
class DemoCases {

  private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
  /** The mule card that Nantong's and Yiwu's cases share. */
  static final String MULE_CARD = DemoIdentifiers.card("622202120500618001");
  /** The car that Nanjing's and Hefei's theft cases share. */
  static final String THIEVES_CAR = "皖A7K352";
  private static final String DEMO_OFFICER = "演示";

  private final NodeSettings node;
  private final boolean enabled;
  private final Cases cases;
  private final OpeningCases opening;
  private final RecordingEntities entities;
  private final JoiningCases joining;
  private final RecordingEvidence evidence;
  private final RequestingAssistance requesting;
  private final List<EntityChecks> checks;

  DemoCases(
      NodeSettings node, @Value("${deltalink.casework.demo:true}") boolean enabled, Cases cases, OpeningCases opening, RecordingEntities entities, JoiningCases joining, RecordingEvidence evidence,
      RequestingAssistance requesting, List<EntityChecks> checks) {
    this.node = node;
    this.enabled = enabled;
    this.cases = cases;
    this.opening = opening;
    this.entities = entities;
    this.joining = joining;
    this.evidence = evidence;
    this.requesting = requesting;
    this.checks = checks;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  public void open() {
    if (!node.demo() || !enabled || !cases.within("", null, null, 1).isEmpty()) {
      return;
    }
    try {
      switch (node.province()) {
        case "32" -> jiangsu();
        case "33" -> zhejiang();
        case "34" -> anhui();
        case "31" -> shanghai();
        default -> {
          return;
        }
      }
      log.info("Demo: the cases of province {} are open", node.province());
    } catch (RuntimeException e) {
      log.warn("Demo: the demo cases could not all be opened: {}", e.getMessage());
    }
  }

  private void jiangsu() {
    String nantong = "320600000000";
    Case fraud = open("telecom-fraud", nantong, "南通“6·18”跨省电信网络诈骗案", "受害人被冒充客服诱骗转账，赃款经多张银行卡在义乌、合肥等地取现。南通市反诈中心串并侦查。", "9200000", "陈刚", "南通市反诈中心 0513-8510 0110");
    add(fraud, nantong, new EntityRequest("person", null, DemoIdentifiers.residentId("330782", "19910305", "217"), "周建华", "male", null, List.of("13957912604"), null, null, null, null, null, null));
    add(fraud, nantong, new EntityRequest("person", null, DemoIdentifiers.residentId("340102", "19870719", "335"), "吴海涛", null, null, List.of("18955107742"), null, null, null, null, null, null));
    add(fraud, nantong, new EntityRequest("bank-card", MULE_CARD, null, null, null, null, null, "中国工商银行义乌分行", null, null, null, null, null));
    add(fraud, nantong, new EntityRequest("payment-account", "13957912604", null, null, null, null, null, null, "alipay", null, null, null, null));
    add(fraud, nantong, new EntityRequest("phone", "17051236618", null, null, null, null, null, null, null, null, null, null, null));
    evidence.collectAs(fraud, nantong, "陈刚", "victim-statement", "受害人陈述笔录", "南通市公安局崇川分局", null,
        new RecordingEvidence.Upload("victim-statement.txt", "text/plain", "受害人称2026年6月18日接到冒充客服电话，分三次转账共计92万元。".getBytes(StandardCharsets.UTF_8)));
    evidence.collectAs(fraud, nantong, "陈刚", "transfer-records", "银行转账流水", "南通市反诈中心", null,
        new RecordingEvidence.Upload("transfers.csv", "text/csv", "时间,金额,收款卡\n2026-06-18 10:02,300000,6222***\n".getBytes(StandardCharsets.UTF_8)));
    requesting.sendFrom(fraud, nantong, "陈刚", new RequestingAssistance.SendRequest(fraud.id().toString(), "330782000000", "identify-account-holder", "urgent", "H2",
        "请协查尾号为 " + MULE_CARD.substring(MULE_CARD.length() - 4) + " 的工商银行卡开户人身份及6月18日义乌ATM取现录像。", null));
    requesting.sendFrom(fraud, nantong, "陈刚", new RequestingAssistance.SendRequest(fraud.id().toString(), "340100000000", "locate-person", "normal", "H2",
        "嫌疑人吴海涛疑在合肥落脚，请协助查找其住址并布控。", null));

    String suzhou = "320500000000";
    Case debt = open("contract-fraud", suzhou, "苏州“背债人”合同诈骗案", "团伙招募“背债人”以虚假经营材料骗取贷款，涉案1500万元，苏浙两地联合侦办，抓获13人。", "15000000", "李明", "苏州市公安局经侦支队 0512-6522 5110");
    add(debt, suzhou, new EntityRequest("company", null, null, "苏州恒信商贸有限公司", null, null, null, null, null, DemoIdentifiers.creditCode("91320505MA1XK8Q3N"), null, null, null));
    add(debt, suzhou, new EntityRequest("person", null, DemoIdentifiers.residentId("320505", "19830612", "051"), "钱志明", "male", null, List.of("13862139077"), null, null, null, null, null, null));
    add(debt, suzhou, new EntityRequest("address", "狮山街道长江路 88 号 1203 室", null, null, null, null, null, null, null, null, "320505", null, null));
    evidence.collectAs(debt, suzhou, "李明", "contract", "借款合同及虚假流水", "苏州市公安局经侦支队", null,
        new RecordingEvidence.Upload("contract.txt", "text/plain", "借款合同（背债人：钱志明），贷款金额 300 万元。".getBytes(StandardCharsets.UTF_8)));
    joining.addParticipantAs(debt, "李明", suzhou, "330400000000");

    String nanjing = "320100000000";
    Case theft = open("theft", nanjing, "南京跨市入室盗窃案", "嫌疑人驾车跨市作案，宁合两地连续发案。", "86000", "王磊", "南京市公安局刑警支队 025-8444 0110");
    add(theft, nanjing, new EntityRequest("vehicle", THIEVES_CAR, null, null, null, null, null, null, null, null, null, null, null));
  }

  private void zhejiang() {
    String yiwu = "330782000000";
    Case mules = open("telecom-fraud", yiwu, "义乌“跑分”洗钱案", "团伙收购银行卡为电诈赃款“跑分”，在义乌多台ATM取现。", "860000", "何磊", "义乌市公安局反诈中心 0579-8553 0110");
    add(mules, yiwu, new EntityRequest("bank-card", MULE_CARD, null, null, null, null, null, "中国工商银行义乌分行", null, null, null, null, null));
    add(mules, yiwu, new EntityRequest("person", null, DemoIdentifiers.residentId("330782", "19910305", "217"), "周建华", "male", null, List.of("13957912604"), null, null, null, null, null, null));
  }

  private void anhui() {
    String hefei = "340100000000";
    Case theft = open("theft", hefei, "合肥系列入室盗窃案", "多起入室盗窃，监控显示嫌疑车辆往返宁合。", "124000", "孙伟", "合肥市公安局刑警支队 0551-6261 0110");
    add(theft, hefei, new EntityRequest("vehicle", THIEVES_CAR, null, null, null, null, null, null, null, null, null, null, null));
  }

  private void shanghai() {
    String pudong = "310115000000";
    Case fund = open("illegal-fundraising", pudong, "上海某财富公司非法集资案", "以高息理财为名向社会公众吸收资金。", "38000000", "顾军", "上海市公安局浦东分局经侦支队 021-2890 0110");
    add(fund, pudong, new EntityRequest("company", null, null, "上海鑫汇财富管理有限公司", null, null, null, null, null, DemoIdentifiers.creditCode("91310115MA1HB7Q2K"), null, null, null));
  }

  private Case open(String type, String agency, String title, String summary, String amount, String officer, String contact) {
    return opening.openAs(new OpeningCases.OpenRequest(type, title, summary, agency, new BigDecimal(amount), List.of(officer), contact), DEMO_OFFICER, null);
  }

  private void add(Case c, String agency, EntityRequest request) {
    var added = entities.addAs(c, DEMO_OFFICER, agency, request);
    checks.forEach(check -> check.check(c.id(), added.entities()));
  }
}
