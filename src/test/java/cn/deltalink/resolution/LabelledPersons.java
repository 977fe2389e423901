package cn.deltalink.resolution;

import cn.deltalink.platform.CsvRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A labelled test set for person resolution: persons of the delta with valid identifiers, and the
 * records that cases wrote of them, with the mistakes such records have. Seeded: the same seed gives
 * the same set. What it generates and at which rates is documented in {@code docs/resolution.md};
 * keep the two in step.
 */
public final class LabelledPersons {

  /**
   * How often records lack a field. {@link #CASE_FILES}: persons as case files record them (most with
   * an ID number; a birth date taken down when the number is not at hand). {@link #HARSH}: more
   * records without ID number or birth date, which leaves some pairs without the evidence to join them.
   */
  public record Profile(int missingIdPercent, int birthDatePercent) {
    public static final Profile CASE_FILES = new Profile(10, 70);
    public static final Profile HARSH = new Profile(15, 60);
  }

  /** A record with the person it truly describes. */
  public record Labelled(PersonRecord record, int person) {}

  /** A person as the population register knows them. */
  record Person(String name, String surname, String given, String residentId, String sex, LocalDate born, String phone) {}

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤章柳";
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉斌宇浩凯健俊帆帅旭宁龙林欣晨晶婷雪琳颖倩慧梅兰云飞峰建文志海波国亮成永新春燕玲丹佳怡嘉子轩梓涵博文雨思";
  /** Characters that sound alike (the same toneless pinyin), as clerks confuse them when a name is spoken. */
  private static final String[] HOMOPHONES = {
    "伟玮炜苇", "明铭鸣", "军君均钧", "芳方舫", "静婧靖敬", "杰洁婕捷", "丽莉俐历", "华桦骅", "涛韬滔", "敏旻闵", "勇永泳咏", "磊蕾垒", "红宏鸿虹洪", "平萍苹",
    "刚钢纲", "娟鹃", "霞侠", "辉晖徽", "斌彬滨", "燕艳彦雁", "峰锋丰枫", "建健剑", "文雯闻", "志智致", "玲铃", "婷亭庭", "鹏朋", "宇雨羽语", "晨辰臣", "浩昊皓",
    "张章", "王汪", "徐许", "李黎", "刘柳", "杨阳", "吴武", "程成", "肖萧", "江姜", "欣新馨", "佳家嘉", "雪学", "梅媚", "云芸昀", "飞菲", "波博", "亮靓", "宁凝",
    "林琳霖", "颖莹盈", "倩茜"
  };
  /** Traditional or variant forms as old records and Hong Kong or Taiwan documents write them. */
  private static final String TRADITIONAL =
      "陈陳张張刘劉黄黃赵趙吴吳孙孫杨楊郑鄭马馬许許华華国國伟偉军軍涛濤杰傑强強丽麗红紅东東龙龍凤鳳飞飛钟鍾叶葉苏蘇卢盧罗羅韩韓冯馮邓鄧萧蕭谢謝钱錢汤湯陆陸顾顧谭譚邹鄒范範万萬龚龔严嚴贺賀蒋蔣韦韋贾賈辉輝峰峯鹏鵬云雲鸣鳴静靜兰蘭艳艷颖穎梅楳玲玲婷婷欣欣华華";

  private final Random random;
  private final Profile profile;
  private final List<String> counties;
  private final Map<Character, String> homophones = new HashMap<>();
  private final Map<Character, Character> traditional = new HashMap<>();
  private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

  private LabelledPersons(long seed, Profile profile) {
    this.random = new Random(seed);
    this.profile = profile;
    this.counties =
        CsvRows.read("region/gbt2260/divisions.csv").rows().stream()
            .filter(r -> r.field(3).equals("3") && r.field(0).matches("3[1-4][0-9]{4}"))
            .map(r -> r.field(0))
            .toList();
    for (String group : HOMOPHONES) {
      for (char c : group.toCharArray()) {
        homophones.put(c, group);
      }
    }
    for (int i = 0; i + 1 < TRADITIONAL.length(); i += 2) {
      if (TRADITIONAL.charAt(i) != TRADITIONAL.charAt(i + 1)) {
        traditional.put(TRADITIONAL.charAt(i), TRADITIONAL.charAt(i + 1));
      }
    }
    format.setCaseType(HanyuPinyinCaseType.UPPERCASE);
    format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
  }

  /** About 2.2 records per person on average; record ids are {@code r<n>}. */
  public static List<Labelled> generate(int persons, long seed) {
    return generate(persons, seed, Profile.CASE_FILES);
  }

  public static List<Labelled> generate(int persons, long seed, Profile profile) {
    return new LabelledPersons(seed, profile).records(persons);
  }

  private List<Labelled> records(int count) {
    List<Person> persons = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      persons.add(p > 20 && random.nextInt(100) < 5 ? namesake(persons.get(random.nextInt(p))) : person(null, null));
    }
    List<Labelled> records = new ArrayList<>();
    for (int p = 0; p < persons.size(); p++) {
      int roll = random.nextInt(100);
      int copies = roll < 35 ? 1 : roll < 65 ? 2 : roll < 85 ? 3 : roll < 95 ? 4 : 5;
      for (int c = 0; c < copies; c++) {
        records.add(new Labelled(record("r" + records.size(), persons.get(p)), p));
      }
    }
    java.util.Collections.shuffle(records, random);
    return records;
  }

  /** Another person with the same name (common names are shared by thousands); one in five born the same day too. */
  private Person namesake(Person other) {
    return person(other, random.nextInt(5) == 0 ? other.born() : null);
  }

  private Person person(Person sameName, LocalDate sameBirth) {
    String surname = sameName != null ? sameName.surname() : String.valueOf(SURNAMES.charAt(skewed(SURNAMES.length())));
    String given = sameName != null ? sameName.given() : given();
    boolean male = random.nextBoolean();
    LocalDate born = sameBirth != null ? sameBirth : LocalDate.of(1950, 1, 1).plusDays(random.nextInt(58 * 365));
    String county = counties.get(random.nextInt(counties.size()));
    int order = random.nextInt(500) * 2 + (male ? 1 : 0);
    String body = county + born.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", order);
    String phone = random.nextInt(100) < 70 ? "1" + "3456789".charAt(random.nextInt(7)) + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000)) : null;
    return new Person(surname + given, surname, given, body + check(body), male ? "M" : "F", born, phone);
  }

  /** The skew of real surnames: the first few carry a large share. */
  private int skewed(int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u));
  }

  private String given() {
    String first = String.valueOf(GIVEN.charAt(skewed(GIVEN.length())));
    return random.nextInt(100) < 30 ? first : first + GIVEN.charAt(random.nextInt(GIVEN.length()));
  }

  private PersonRecord record(String id, Person p) {
    return new PersonRecord(id, residentId(p), name(p), random.nextInt(100) < 70 ? p.sex() : null, birthDate(p), phone(p), "case-" + random.nextInt(2000));
  }

  private String name(Person p) {
    int roll = random.nextInt(100);
    if (roll < 8) {
      return homophone(p.name());
    }
    if (roll < 14) {
      return traditional(p.name());
    }
    if (roll < 20) {
      return pinyin(p);
    }
    if (roll < 25) {
      return null;
    }
    return p.name();
  }

  private String homophone(String name) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < name.length(); i++) {
      if (homophones.containsKey(name.charAt(i))) {
        positions.add(i);
      }
    }
    if (positions.isEmpty()) {
      return name;
    }
    int at = positions.get(random.nextInt(positions.size()));
    String group = homophones.get(name.charAt(at));
    char other;
    do {
      other = group.charAt(random.nextInt(group.length()));
    } while (other == name.charAt(at));
    return name.substring(0, at) + other + name.substring(at + 1);
  }

  private String traditional(String name) {
    StringBuilder s = new StringBuilder();
    for (char c : name.toCharArray()) {
      s.append(traditional.getOrDefault(c, c));
    }
    return s.toString();
  }

  private String pinyin(Person p) {
    String surname = spell(p.surname());
    String given = spell(p.given());
    int roll = random.nextInt(100);
    if (roll < 25) {
      return given + " " + surname;
    }
    if (roll < 40) {
      return surname + given;
    }
    return surname + " " + given;
  }

  private String spell(String han) {
    StringBuilder s = new StringBuilder();
    for (char c : han.toCharArray()) {
      try {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
        s.append(readings == null ? "" : readings[0].replace("U:", "V"));
      } catch (BadHanyuPinyinOutputFormatCombination e) {
        throw new IllegalStateException(e);
      }
    }
    return s.toString();
  }

  private String residentId(Person p) {
    int roll = random.nextInt(100);
    String id = p.residentId();
    if (roll < 8) {
      int at = random.nextInt(17);
      char wrong;
      do {
        wrong = (char) ('0' + random.nextInt(10));
      } while (wrong == id.charAt(at));
      return id.substring(0, at) + wrong + id.substring(at + 1);
    }
    if (roll < 12) {
      for (int tries = 0; tries < 10; tries++) {
        int at = random.nextInt(16);
        if (id.charAt(at) != id.charAt(at + 1)) {
          return id.substring(0, at) + id.charAt(at + 1) + id.charAt(at) + id.substring(at + 2);
        }
      }
      return id;
    }
    if (roll < 20 && p.born().getYear() < 2000) {
      return id.substring(0, 6) + id.substring(8, 17);
    }
    if (roll < 20 + profile.missingIdPercent()) {
      return null;
    }
    return id;
  }

  private LocalDate birthDate(Person p) {
    int roll = random.nextInt(100);
    if (roll < 2) {
      return p.born().plusDays(1 + random.nextInt(27));
    }
    return roll < profile.birthDatePercent() ? p.born() : null;
  }

  private String phone(Person p) {
    if (p.phone() == null || random.nextInt(100) >= 60) {
      return null;
    }
    return random.nextInt(100) < 10 ? "1" + "3456789".charAt(random.nextInt(7)) + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000)) : p.phone();
  }

  private static char check(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }
}
