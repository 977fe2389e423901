package cn.deltalink.fraudanalysis.internal.generator;

import java.time.Instant;

/**
 * One generated transaction, in the AMLSim transactions file's columns plus a few of ours.
 *
 * @param laundering AMLSim's {@code is_sar}
 * @param alertId AMLSim's {@code alert_id}: the laundering group, -1 for ordinary business
 * @param typology the group's typology, empty for ordinary business
 * @param device the device the payer used, or empty
 */
public record GeneratedRow(long id, String from, String to, String type, long cents, Instant at, boolean laundering, int alertId, String typology, String fromBranch, String toBranch,
    String device) {

  public static final String HEADER = "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id,typology,orig_branch,bene_branch,device";

  public boolean cash() {
    return type.equals(SyntheticTransactions.CASH);
  }

  public String csv() {
    return id + "," + from + "," + to + "," + type + "," + (cents / 100) + (cents % 100 < 10 ? ".0" : ".") + (cents % 100) + "," + at + "," + (laundering ? "True" : "False") + "," + alertId + ","
        + typology + "," + fromBranch + "," + toBranch + "," + device;
  }
}
