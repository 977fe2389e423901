package cn.deltalink.fraudanalysis.internal.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded synthetic data set of bank transactions in the Yangtze River Delta: ordinary people with
 * salaries, shopping, transfers and cash; merchants with many regular customers who pay suppliers every
 * week; companies that pay wages every month; and laundering groups of AMLSim's typologies (fan-in,
 * fan-out, cycle, scatter-gather, gather-scatter, bipartite, stack) plus the article's telecom-fraud
 * case: victims in several provinces pay first-level mule accounts, which hand the money on to
 * second-level accounts within minutes, which withdraw it as cash in Yiwu and Hefei. Laundering
 * accounts are drawn from the ordinary people (rented accounts), so they also do ordinary business.
 * The same seed gives the same rows. Described in docs/fraud-analysis-generator.md.
 */
public final class SyntheticTransactions {

  public static final String TRANSFER = "TRANSFER";
  public static final String CASH = "CASH_WITHDRAWAL";
  public static final String FRAUD_CASE = "telecom-fraud";
  public static final List<String> TYPOLOGIES = List.of("fan-in", "fan-out", "cycle", "scatter-gather", "gather-scatter", "bipartite", "stack", FRAUD_CASE);

  /** Branch division codes (GB/T 2260) of the region, by province. */
  private static final String[] BRANCHES = {"310101", "310104", "310115", "320106", "320508", "320613", "330102", "330106", "330782", "340102", "340104", "340202"};
  private static final String YIWU = "330782";
  private static final String HEFEI = "340104";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * How big a data set: {@code people} ordinary accounts over {@code days} days from {@code start},
   * {@code groups} laundering groups of each typology, {@code merchants} shops and {@code employers}
   * companies paying wages.
   */
  public record Size(int people, int days, int groups, int merchants, int employers, LocalDate start) {
    public Size {
      if (people < 200 || days < 35 || groups < 1 || merchants < 1 || employers < 1) {
        throw new IllegalArgumentException("At least 200 people, 35 days (two paydays), one group of each typology, one merchant and one employer");
      }
    }

    public static Size small() {
      return new Size(3_000, 60, 4, 20, 8, LocalDate.of(2026, 9, 1));
    }
  }

  /** What the generator knows about the accounts it made (for tests and the quality command). */
  public record Truth(Set<String> launderers, Set<String> merchants, Set<String> employers, Set<String> victims, long rows) {}

  private final SplittableRandom random;
  private final Size size;
  private final Consumer<GeneratedRow> sink;
  private final Instant start;
  private long nextId = 1;
  private int nextAlert = 1;
  private final List<String> people = new ArrayList<>();
  private final List<String> peopleBranch = new ArrayList<>();
  private final java.util.Map<String, String> branches = new java.util.HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private final Set<String> launderers = new HashSet<>();
  private final Set<String> victims = new HashSet<>();
  private final Set<String> merchants = new HashSet<>();
  private final Set<String> employers = new HashSet<>();
  private int accountSerial;
  private int atmSerial;

  private SyntheticTransactions(long seed, Size size, Consumer<GeneratedRow> sink) {
    this.random = new SplittableRandom(seed);
    this.size = size;
    this.sink = sink;
    this.start = size.start().atStartOfDay(CHINA).toInstant();
  }

  /** Generates the data set into the sink, in no particular order, and answers what it made. */
  public static Truth generate(long seed, Size size, Consumer<GeneratedRow> sink) {
    SyntheticTransactions generator = new SyntheticTransactions(seed, size, sink);
    generator.ordinaryLife();
    generator.laundering();
    return new Truth(Set.copyOf(generator.launderers), Set.copyOf(generator.merchants), Set.copyOf(generator.employers), Set.copyOf(generator.victims), generator.nextId - 1);
  }

  // ordinary business

  private void ordinaryLife() {
    for (int i = 0; i < size.people(); i++) {
      String account = newAccount();
      String branch = BRANCHES[random.nextInt(BRANCHES.length)];
      people.add(account);
      peopleBranch.add(branch);
      branches.put(account, branch);
    }
    List<String> shops = new ArrayList<>();
    List<String> suppliers = new ArrayList<>();
    for (int i = 0; i < size.merchants(); i++) {
      shops.add(newAccount());
      suppliers.add(newAccount());
    }
    merchants.addAll(shops);
    List<String> clients = new ArrayList<>();
    for (int i = 0; i < size.employers(); i++) {
      employers.add(newAccount());
      clients.add(newAccount());
    }
    List<String> companies = new ArrayList<>(employers);
    long[] payroll = new long[companies.size()];
    for (int p = 0; p < people.size(); p++) {
      String person = people.get(p);
      String branch = peopleBranch.get(p);
      String device = random.nextInt(20) == 0 && p > 0 ? "DEV-" + (p - 1) : "DEV-" + p;
      // wages on the 10th of every month from one employer, the same amount every month (most people)
      if (random.nextInt(10) < 7) {
        int employer = p % companies.size();
        long wage = 500_000 + random.nextInt(1_500_000);
        payroll[employer] += wage;
        boolean forwards = random.nextInt(10) == 0;
        for (LocalDate day = firstPayday(); day.isBefore(size.start().plusDays(size.days())); day = day.plusMonths(1)) {
          Instant paid = day.atTime(9, 0).atZone(CHINA).toInstant().plusSeconds(random.nextInt(3_600));
          emit(companies.get(employer), person, TRANSFER, wage, paid, branchOf(companies.get(employer)), branch, "");
          if (forwards) {
            // part of the wage sent home at once: a quick hop, but not most of the money
            emit(person, people.get(random.nextInt(people.size())), TRANSFER, wage * (30 + random.nextInt(30)) / 100, paid.plusSeconds(600 + random.nextInt(3_000)), branch, "", device);
          }
        }
      }
      // shopping at three favourite merchants
      int[] favourites = {random.nextInt(shops.size()), random.nextInt(shops.size()), random.nextInt(shops.size())};
      for (int d = 0; d < size.days(); d++) {
        if (random.nextInt(100) < 15) {
          String shop = shops.get(favourites[random.nextInt(3)]);
          emit(person, shop, TRANSFER, logNormal(8_000, 0.8), dayTime(d), branch, branchOf(shop), device);
        }
      }
      // transfers to other people
      int transfers = poisson(3.0 * size.days() / 30);
      for (int i = 0; i < transfers; i++) {
        emit(person, people.get(random.nextInt(people.size())), TRANSFER, logNormal(50_000, 1.2), dayTime(random.nextInt(size.days())), branch, "", device);
      }
      // cash in the home city
      int withdrawals = poisson(1.0 * size.days() / 30);
      for (int i = 0; i < withdrawals; i++) {
        emit(person, atm(branch), CASH, 50_000 + random.nextInt(25) * 10_000, dayTime(random.nextInt(size.days())), branch, branch, device);
      }
    }
    merchantsPaySuppliers(shops, suppliers);
    for (int c = 0; c < companies.size(); c++) {
      // clients pay the employer a few times a month, a little more than its wages in all
      int payments = 2 * size.days() / 15;
      long monthly = payroll[c] * 6 / 5;
      for (int i = 0; i < payments; i++) {
        emit(clients.get(c), companies.get(c), TRANSFER, monthly * 2 / payments * (80 + random.nextInt(40)) / 100, dayTime(random.nextInt(size.days())), "", branchOf(companies.get(c)), "");
      }
    }
  }

  private void merchantsPaySuppliers(List<String> shops, List<String> suppliers) {
    for (int s = 0; s < shops.size(); s++) {
      String shop = shops.get(s);
      // about what the customers bring in a week, paid every Monday to the shop's supplier and its landlord
      long weekly = (long) (size.people() * 3L / shops.size() * 0.15 * 7 / 3 * 9_000);
      for (int d = 7; d < size.days(); d += 7) {
        Instant monday = start.plusSeconds(d * 86_400L + 10 * 3_600L + random.nextInt(3_600));
        emit(shop, suppliers.get(s), TRANSFER, weekly * (55 + random.nextInt(10)) / 100, monday, branchOf(shop), "", "");
        emit(shop, suppliers.get((s + 1) % suppliers.size()), TRANSFER, weekly * (15 + random.nextInt(5)) / 100, monday.plusSeconds(600), branchOf(shop), "", "");
      }
    }
  }

  // laundering

  private void laundering() {
    for (int g = 0; g < size.groups(); g++) {
      fanIn();
      fanOut();
      cycle();
      scatterGather();
      gatherScatter();
      bipartite("bipartite", 1);
      bipartite("stack", 2);
      fraudCase();
    }
  }

  private void fanIn() {
    int alert = nextAlert++;
    String hub = mule();
    long base = 2_000_000 + random.nextInt(6_000_000);
    long t0 = burstStart();
    for (int i = 0, n = 5 + random.nextInt(6); i < n; i++) {
      String from = mule();
      laundering(from, hub, TRANSFER, vary(base, 15), t0 + random.nextInt(48 * 3_600), alert, "fan-in");
    }
  }

  private void fanOut() {
    int alert = nextAlert++;
    String hub = mule();
    long base = 1_000_000 + random.nextInt(4_000_000);
    long t0 = burstStart();
    for (int i = 0, n = 5 + random.nextInt(6); i < n; i++) {
      laundering(hub, mule(), TRANSFER, vary(base, 15), t0 + random.nextInt(48 * 3_600), alert, "fan-out");
    }
  }

  private void cycle() {
    int alert = nextAlert++;
    int length = 3 + random.nextInt(4);
    List<String> ring = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      ring.add(mule());
    }
    long amount = 5_000_000 + random.nextInt(15_000_000);
    long at = burstStart();
    for (int i = 0; i < length; i++) {
      laundering(ring.get(i), ring.get((i + 1) % length), TRANSFER, amount, at, alert, "cycle");
      amount = amount * (95 + random.nextInt(5)) / 100;
      at += 3_600 + random.nextInt(24 * 3_600);
    }
  }

  private void scatterGather() {
    int alert = nextAlert++;
    String source = mule();
    String sink = mule();
    long base = 1_000_000 + random.nextInt(3_000_000);
    long t0 = burstStart();
    for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
      String middle = mule();
      long amount = vary(base, 10);
      long at = t0 + random.nextInt(12 * 3_600);
      laundering(source, middle, TRANSFER, amount, at, alert, "scatter-gather");
      laundering(middle, sink, TRANSFER, amount * (97 + random.nextInt(3)) / 100, at + 3_600 + random.nextInt(24 * 3_600), alert, "scatter-gather");
    }
  }

  private void gatherScatter() {
    int alert = nextAlert++;
    String hub = mule();
    long base = 1_000_000 + random.nextInt(3_000_000);
    long t0 = burstStart();
    int in = 5 + random.nextInt(4);
    for (int i = 0; i < in; i++) {
      laundering(mule(), hub, TRANSFER, vary(base, 10), t0 + random.nextInt(24 * 3_600), alert, "gather-scatter");
    }
    for (int i = 0, n = 5 + random.nextInt(4); i < n; i++) {
      laundering(hub, mule(), TRANSFER, vary(base * in / n * 95 / 100, 10), t0 + 24 * 3_600 + random.nextInt(24 * 3_600), alert, "gather-scatter");
    }
  }

  private void bipartite(String typology, int layers) {
    int alert = nextAlert++;
    List<String> payers = new ArrayList<>();
    for (int i = 0, n = 3 + random.nextInt(2); i < n; i++) {
      payers.add(mule());
    }
    long base = 500_000 + random.nextInt(2_000_000);
    long at = burstStart();
    for (int layer = 0; layer < layers; layer++) {
      List<String> payees = new ArrayList<>();
      for (int i = 0, n = 3 + random.nextInt(2); i < n; i++) {
        payees.add(mule());
      }
      for (String payer : payers) {
        for (String payee : payees) {
          laundering(payer, payee, TRANSFER, vary(base, 10), at + random.nextInt(24 * 3_600), alert, typology);
        }
      }
      payers = payees;
      at += 30 * 3_600;
    }
  }

  /**
   * The article's case: victims across the region pay first-level mule accounts; each hands the money
   * on to second-level accounts within minutes; those withdraw it as cash in Yiwu and Hefei, at most
   * 20,000 yuan a time.
   */
  private void fraudCase() {
    int alert = nextAlert++;
    List<String> second = new ArrayList<>();
    for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
      second.add(mule());
    }
    String gangDevice = "DEV-GANG-" + alert;
    long t0 = burstStart();
    for (int m = 0, firsts = 2 + random.nextInt(3); m < firsts; m++) {
      String first = mule();
      for (int v = 0, n = 2 + random.nextInt(3); v < n; v++) {
        String victim = victim();
        long lost = logNormal(3_000_000, 0.9);
        long paid = t0 + random.nextInt(36 * 3_600);
        emit(victim, first, TRANSFER, lost, Instant.ofEpochSecond(paid), branchOf(victim), branchOf(first), "", false, -1, "");
        long handedOn = paid + 120 + random.nextInt(1_800);
        String to = second.get(random.nextInt(second.size()));
        long kept = lost * (1 + random.nextInt(3)) / 100;
        laundering(first, to, TRANSFER, lost - kept, handedOn, alert, FRAUD_CASE, gangDevice);
        withdraw(to, lost - kept, handedOn + 300 + random.nextInt(1_800), alert);
      }
    }
  }

  private void withdraw(String account, long amount, long from, int alert) {
    long at = from;
    long left = amount;
    String city = random.nextBoolean() ? YIWU : HEFEI;
    while (left > 0) {
      long cash = Math.min(left, 2_000_000);
      String atm = atm(city);
      laundering(account, atm, CASH, cash, at, alert, FRAUD_CASE, "");
      left -= cash;
      at += 600 + random.nextInt(3_000);
      if (random.nextInt(3) == 0) {
        city = city.equals(YIWU) ? HEFEI : YIWU;
        at += 4 * 3_600;
      }
    }
  }

  // accounts

  /** An ordinary person's account that now takes part in laundering (a rented account). */
  private String mule() {
    String account;
    do {
      account = people.get(random.nextInt(people.size()));
    } while (launderers.contains(account) || victims.contains(account));
    launderers.add(account);
    return account;
  }

  private String victim() {
    String account;
    do {
      account = people.get(random.nextInt(people.size()));
    } while (launderers.contains(account) || victims.contains(account));
    victims.add(account);
    return account;
  }

  /** A 19-digit bank card number with a valid Luhn check digit. */
  private String newAccount() {
    String account;
    do {
      String body = "622848" + String.format("%012d", (long) (++accountSerial) * 1_000 + random.nextInt(1_000));
      account = body + luhn(body);
    } while (!taken.add(account));
    return account;
  }

  static char luhn(String body) {
    int sum = 0;
    boolean twice = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  private String atm(String division) {
    return "ATM-" + division + "-" + (1 + random.nextInt(40));
  }

  private String branchOf(String account) {
    return branches.computeIfAbsent(account, a -> BRANCHES[Math.floorMod(a.hashCode(), BRANCHES.length)]);
  }

  // time and amounts

  private LocalDate firstPayday() {
    LocalDate tenth = size.start().withDayOfMonth(10);
    return tenth.isBefore(size.start()) ? tenth.plusMonths(1) : tenth;
  }

  private Instant dayTime(int day) {
    return start.plusSeconds(day * 86_400L + 8 * 3_600 + random.nextInt(14 * 3_600));
  }

  private long burstStart() {
    return start.getEpochSecond() + 86_400L * (3 + random.nextInt(size.days() - 10)) + random.nextInt(86_400);
  }

  private long vary(long base, int percent) {
    return base * (100 - percent + random.nextInt(2 * percent + 1)) / 100;
  }

  private long logNormal(long median, double sigma) {
    // the sum of twelve uniforms less six is close enough to a standard normal here
    double sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += random.nextDouble();
    }
    double gaussian = sum - 6;
    return Math.max(100, Math.round(median * Math.exp(sigma * gaussian)));
  }

  private int poisson(double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }

  private void laundering(String from, String to, String type, long cents, long at, int alert, String typology) {
    laundering(from, to, type, cents, at, alert, typology, "");
  }

  private void laundering(String from, String to, String type, long cents, long at, int alert, String typology, String device) {
    String toBranch = type.equals(CASH) ? to.substring(4, 10) : branchOf(to);
    emit(from, to, type, cents, Instant.ofEpochSecond(at), branchOf(from), toBranch, device, true, alert, typology);
  }

  private void emit(String from, String to, String type, long cents, Instant at, String fromBranch, String toBranch, String device) {
    emit(from, to, type, cents, at, fromBranch, toBranch.isEmpty() && !type.equals(CASH) ? branchOf(to) : toBranch, device, false, -1, "");
  }

  private void emit(String from, String to, String type, long cents, Instant at, String fromBranch, String toBranch, String device, boolean sar, int alert, String typology) {
    if (from.equals(to)) {
      return;
    }
    sink.accept(new GeneratedRow(nextId++, from, to, type, cents, at, sar, alert, typology, fromBranch, toBranch, device));
  }
}
