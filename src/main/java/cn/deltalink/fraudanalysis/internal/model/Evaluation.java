package cn.deltalink.fraudanalysis.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How the scores compare with the labels, at account level as the AML literature reports it: an
 * account is laundering when it sent or received a labelled laundering transaction (cash points are
 * not accounts), flagged when it scores at or above the threshold. Per typology, the laundering
 * accounts of that typology are held against all flagged accounts that are not laundering at all.
 */
public record Evaluation(Counts overall, List<Typology> typologies) {

  /** True and false positives and negatives, with precision, recall and F1 (0 when undefined). */
  public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  public record Typology(String name, Counts counts) {}

  /** The evaluation, or null when the data set carries no labels. */
  public static @org.jspecify.annotations.Nullable Evaluation of(Transactions tx, RiskScores scores) {
    if (!tx.labelled()) {
      return null;
    }
    int accounts = tx.accountCount();
    int[] typology = new int[accounts];
    boolean[] laundering = new boolean[accounts];
    java.util.Arrays.fill(typology, -1);
    for (int t = 0; t < tx.size(); t++) {
      if (tx.label(t) == 1) {
        for (int a : new int[] {tx.source(t), tx.target(t)}) {
          laundering[a] = true;
          if (typology[a] < 0) {
            typology[a] = tx.typology(t);
          }
        }
      }
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    int types = tx.typologies().size();
    int[] typeTp = new int[types];
    int[] typeFn = new int[types];
    for (int a = 0; a < accounts; a++) {
      if (tx.cashPoint(a)) {
        continue;
      }
      boolean flagged = scores.flagged(a);
      if (laundering[a]) {
        if (flagged) {
          tp++;
        } else {
          fn++;
        }
        if (typology[a] >= 0) {
          if (flagged) {
            typeTp[typology[a]]++;
          } else {
            typeFn[typology[a]]++;
          }
        }
      } else if (flagged) {
        fp++;
      } else {
        tn++;
      }
    }
    List<Typology> perType = new ArrayList<>();
    for (int i = 0; i < types; i++) {
      perType.add(new Typology(tx.typologies().get(i), new Counts(typeTp[i], fp, typeFn[i], tn)));
    }
    return new Evaluation(new Counts(tp, fp, fn, tn), perType);
  }
}
