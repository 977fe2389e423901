package cn.deltalink.resolution.internal.core;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional and variant forms (繁体字、异体字) of characters common in names, each with its standard
 * simplified form, so that 陳偉 and 陈伟 read as one name. Pinyin catches the rest as sound-alikes; this
 * table lets a match say "the same name in another form" rather than "a name that sounds the same".
 */
final class VariantCharacters {

  private static final String PAIRS =
      "陳陈張张劉刘黃黄趙赵吳吴孫孙楊杨鄭郑馬马許许華华國国偉伟軍军濤涛傑杰強强麗丽紅红東东龍龙鳳凤飛飞"
          + "鍾钟葉叶蘇苏盧卢羅罗韓韩馮冯鄧邓蕭萧肖肖謝谢錢钱湯汤賴赖陸陆顧顾譚谭廖廖戴戴鄒邹範范萬万"
          + "龔龚嚴严賀贺藍蓝魏魏閻阎薛薛蔣蒋沈沈韋韦賈贾尹尹寶宝貴贵輝辉劍剑鋒锋濱滨瑩莹婭娅靜静鵬鹏"
          + "紀纪園园雲云鳴鸣廣广衛卫義义興兴慶庆億亿銘铭誠诚聰聪潔洁蘭兰瓊琼鳳凤豔艳艷艳姫姬峯峰喆哲"
          + "綫线琍莉菓果凱凯榮荣麗丽瑋玮暉晖維维紹绍繼继彥彦淩凌禎祯";

  private static final Map<Integer, Integer> STANDARD = new HashMap<>();

  static {
    int[] cps = PAIRS.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i += 2) {
      if (cps[i] != cps[i + 1]) {
        STANDARD.put(cps[i], cps[i + 1]);
      }
    }
  }

  private VariantCharacters() {}

  /** The name with every known traditional or variant character in its standard form. */
  static String standard(String name) {
    StringBuilder s = new StringBuilder(name.length());
    name.codePoints().forEach(c -> s.appendCodePoint(STANDARD.getOrDefault(c, c)));
    return s.toString();
  }
}
