package cn.deltalink.fraudanalysis.internal.model;

import java.util.ArrayList;
import java.util.List;

/** The findings of all detectors, per account; only the strongest finding per pattern is kept. */
public final class Findings {

  private final List<List<Finding>> byAccount;

  public Findings(int accounts) {
    byAccount = new ArrayList<>(accounts);
    for (int i = 0; i < accounts; i++) {
      byAccount.add(null);
    }
  }

  public void add(Finding finding) {
    List<Finding> list = byAccount.get(finding.account());
    if (list == null) {
      list = new ArrayList<>(2);
      byAccount.set(finding.account(), list);
    }
    for (int i = 0; i < list.size(); i++) {
      Finding held = list.get(i);
      if (held.pattern() == finding.pattern()) {
        if (finding.strength() > held.strength() || finding.strength() == held.strength() && finding.transactions().length > held.transactions().length) {
          list.set(i, finding);
        }
        return;
      }
    }
    list.add(finding);
  }

  public List<Finding> of(int account) {
    List<Finding> list = byAccount.get(account);
    return list == null ? List.of() : list;
  }

  public boolean has(int account, Pattern pattern) {
    return of(account).stream().anyMatch(f -> f.pattern() == pattern);
  }
}
