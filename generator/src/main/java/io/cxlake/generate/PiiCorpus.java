package io.cxlake.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A labelled set for scoring PII masking: customer sentences in Traditional Chinese, Simplified Chinese and
 * English, each with one planted personal value in one of the forms customers really write (full-width digits,
 * CJK separators, bracketed area codes, grouped mobiles, ids with spaces, a full-width at sign, IDN domains,
 * Malaysian IC and Singapore NRIC numbers, digits as Chinese characters or English words) and with ordinary
 * numbers beside it (amounts, dates, times, order numbers, durations) that must survive. Separate from the nightly
 * generator, so adding a form never shifts the planted truth of the other tests.
 */
public final class PiiCorpus {

  /** Scripts of the set, as the language codes of the contacts feed. */
  public static final List<String> SCRIPTS = List.of("zh-Hant", "zh-Hans", "en");

  /** One sentence: its script, the planted form and value, and the ordinary numbers it also holds. */
  public record Sample(String script, String form, String text, String planted, List<String> ordinary) {}

  /** A way of writing personal data: its name and how to draw one value. */
  private record Form(String name, Function<SplittableRandom, String> value) {}

  private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";
  private static final String CN_NUMERALS = "零一二三四五六七八九";
  private static final String[] EN_DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine"};

  private static final List<Form> FORMS = List.of(
      new Form("tw_mobile", r -> "09" + d(r, 2) + "-" + d(r, 3) + "-" + d(r, 3)),
      new Form("tw_mobile_plain", r -> "09" + d(r, 8)),
      new Form("full_width_digits", r -> fullWidth("09" + d(r, 8))),
      new Form("full_width_dash", r -> "09" + d(r, 2) + "－" + d(r, 3) + "－" + d(r, 3)),
      new Form("em_dash", r -> "09" + d(r, 2) + "—" + d(r, 3) + "—" + d(r, 3)),
      new Form("full_width_dot", r -> "09" + d(r, 2) + "．" + d(r, 3) + "．" + d(r, 3)),
      new Form("cjk_comma", r -> "09" + d(r, 2) + "、" + d(r, 3) + "、" + d(r, 3)),
      new Form("landline_fw_brackets", r -> "（0" + (2 + r.nextInt(7)) + "）" + (2 + r.nextInt(7)) + d(r, 3) + "-" + d(r, 4)),
      new Form("landline_brackets", r -> "(0" + (2 + r.nextInt(7)) + ") " + (2 + r.nextInt(7)) + d(r, 3) + " " + d(r, 4)),
      new Form("landline", r -> "0" + (2 + r.nextInt(7)) + "-" + (2 + r.nextInt(7)) + d(r, 3) + "-" + d(r, 4)),
      new Form("cn_mobile", r -> "1" + (3 + r.nextInt(7)) + d(r, 9)),
      new Form("cn_mobile_spaces", r -> "1" + (3 + r.nextInt(7)) + d(r, 1) + " " + d(r, 4) + " " + d(r, 4)),
      new Form("cn_mobile_dashes", r -> "1" + (3 + r.nextInt(7)) + d(r, 1) + "-" + d(r, 4) + "-" + d(r, 4)),
      new Form("sg_local", r -> (r.nextBoolean() ? "9" : "8") + d(r, 3) + " " + d(r, 4)),
      new Form("sg_intl", r -> "+65 " + (r.nextBoolean() ? "9" : "8") + d(r, 3) + " " + d(r, 4)),
      new Form("my_intl", r -> "+60 1" + r.nextInt(10) + "-" + d(r, 3) + " " + d(r, 4)),
      new Form("my_local", r -> "01" + r.nextInt(10) + "-" + d(r, 3) + " " + d(r, 4)),
      new Form("card_spaces", r -> card(r, " ")),
      new Form("card_dashes", r -> card(r, "-")),
      new Form("card_dots", r -> card(r, ".")),
      new Form("tw_id", r -> PiiPlanter.twNationalId(Regions.ALL.get(0), r)),
      new Form("tw_id_space", r -> {
        String id = PiiPlanter.twNationalId(Regions.ALL.get(0), r);
        return id.charAt(0) + " " + id.substring(1);
      }),
      new Form("cn_id", PiiPlanter::cnNationalId),
      new Form("email", r -> pick(r, "amy.lin", "kevin_chen", "jason.tan", "siti.n") + d(r, 2) + "@"
          + pick(r, "gmail.com", "yahoo.com.tw", "163.com", "example.com.my")),
      new Form("email_full_width_at", r -> pick(r, "amy", "wei", "tan") + d(r, 2) + "＠" + pick(r, "gmail.com", "qq.com")),
      new Form("email_idn", r -> pick(r, "wang", "lin", "chen") + d(r, 2) + "@" + pick(r, "例子.台灣", "示例.中国",
          "bücher.de", "公司.香港")),
      new Form("my_ic", r -> (60 + r.nextInt(40)) + two(1 + r.nextInt(12)) + two(1 + r.nextInt(28)) + "-"
          + two(1 + r.nextInt(59)) + "-" + d(r, 4)),
      new Form("sg_nric", r -> pick(r, "S", "T", "F", "G") + d(r, 7) + (char) ('A' + r.nextInt(26))),
      new Form("cn_numerals", r -> numerals("09" + d(r, 8))),
      new Form("en_words", r -> words("09" + d(r, 8))));

  private static final String[][] TEMPLATES = {
      // zh-Hant
      {"您好，我的電話是%s，帳單多了%s元，麻煩回電。", "我上週%s打過來，請打%s找我，等了%s分鐘都沒人接。",
          "訂單編號%s還沒到，聯絡方式%s，謝謝。", "資料是%s，方案%s元的那個，%s號要到期了。"},
      // zh-Hans
      {"你好，我的电话是%s，账单多扣了%s元，麻烦回电。", "我上周%s打过来，请打%s找我，等了%s分钟都没人接。",
          "订单号%s还没到，联系方式%s，谢谢。", "资料是%s，套餐%s元那个，%s号就到期了。"},
      // en
      {"Hi, my number is %s, I was charged %s dollars extra, please call back.",
          "I called on %s, reach me at %s, I waited %s minutes and nobody answered.",
          "Order %s has not arrived, my contact is %s, thanks.",
          "My details: %s, the %s plan, it expires on the %s."}};

  private PiiCorpus() {}

  /** {@code perScript} sentences in each script, every form in turn, from a fixed seed. */
  public static List<Sample> generate(int perScript, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Sample> out = new ArrayList<>(perScript * SCRIPTS.size());
    for (int s = 0; s < SCRIPTS.size(); s++) {
      for (int i = 0; i < perScript; i++) {
        Form form = FORMS.get(i % FORMS.size());
        out.add(sample(SCRIPTS.get(s), TEMPLATES[s][r.nextInt(TEMPLATES[s].length)], form, r));
      }
    }
    return out;
  }

  /** The forms planted, in order. */
  public static List<String> forms() {
    return FORMS.stream().map(Form::name).toList();
  }

  private static Sample sample(String script, String template, Form form, SplittableRandom r) {
    String value = form.value().apply(r);
    List<String> ordinary = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    int slots = template.split("%s", -1).length - 1;
    int piiSlot = template.startsWith("我上") || template.startsWith("I called") ? 1
        : template.startsWith("訂單") || template.startsWith("订单") || template.startsWith("Order") ? 1 : 0;
    for (int i = 0; i < slots; i++) {
      if (i == piiSlot) {
        args.add(value);
      } else {
        String n = ordinary(r, i, script);
        ordinary.add(n);
        args.add(n);
      }
    }
    return new Sample(script, form.name(), String.format(Locale.ROOT, template, args.toArray()), value, ordinary);
  }

  /** An ordinary number as these sentences hold them: an amount, a date, a time, an order number, minutes. */
  private static String ordinary(SplittableRandom r, int slot, String script) {
    return switch (r.nextInt(10)) {
      case 0 -> String.valueOf(50 + r.nextInt(5000));
      case 1 -> "2026-" + two(1 + r.nextInt(12)) + "-" + two(1 + r.nextInt(28));
      case 2 -> two(8 + r.nextInt(12)) + ":" + two(r.nextInt(60));
      case 3 -> (r.nextBoolean() ? "A" : "") + (10000 + r.nextInt(900000));
      case 4 -> r.nextInt(10) + "," + d(r, 3) + (r.nextBoolean() ? ".00" : "");
      case 5 -> (1 + r.nextInt(99)) + "," + d(r, 3) + "," + d(r, 3); // large amounts
      case 6 -> (1 + r.nextInt(9)) + d(r, 7); // eight-digit order or ticket numbers, any first digit
      case 7 -> "2026" + two(1 + r.nextInt(12)) + two(1 + r.nextInt(28)); // compact dates
      case 8 -> (1 + r.nextInt(99)) + "." + r.nextInt(10) + "%";
      default -> String.valueOf(1 + r.nextInt(120));
    };
  }

  private static String d(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : String.valueOf(v);
  }

  private static String pick(SplittableRandom r, String... options) {
    return options[r.nextInt(options.length)];
  }

  private static String card(SplittableRandom r, String sep) {
    String digits = PiiPlanter.cardNumber(r).replaceAll("[^0-9]", "");
    return digits.substring(0, 4) + sep + digits.substring(4, 8) + sep + digits.substring(8, 12) + sep
        + digits.substring(12);
  }

  private static String fullWidth(String digits) {
    StringBuilder b = new StringBuilder();
    digits.chars().forEach(c -> b.append(FULL_WIDTH_DIGITS.charAt(c - '0')));
    return b.toString();
  }

  private static String numerals(String digits) {
    StringBuilder b = new StringBuilder();
    digits.chars().forEach(c -> b.append(CN_NUMERALS.charAt(c - '0')));
    return b.toString();
  }

  private static String words(String digits) {
    List<String> w = new ArrayList<>();
    digits.chars().forEach(c -> w.add(EN_DIGITS[c - '0']));
    return String.join(" ", w.subList(0, 4)) + ", " + String.join(" ", w.subList(4, 7)) + ", "
        + String.join(" ", w.subList(7, w.size()));
  }
}
