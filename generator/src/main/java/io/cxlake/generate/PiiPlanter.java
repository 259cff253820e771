package io.cxlake.generate;

import java.util.SplittableRandom;

/**
 * Plants personal data into customer turns of about {@link #CONTACT_SHARE} of the contacts: regional mobile
 * numbers, e-mail addresses, national ids (with valid check digits) and Luhn-valid card numbers. Values are
 * random per seed; every planted value is listed in ground_truth/planted_pii.csv so masking can be scored.
 */
final class PiiPlanter {
  /** Target share of all contacts; applied to answered contacts, which are ~85 % of them. */
  static final double CONTACT_SHARE = 0.05;
  static final double ANSWERED_SHARE = 0.06;

  private static final Weighted KIND = new Weighted(35, 20, 20, 25);
  private static final String[] CN_MOBILE_PREFIXES = {"138", "139", "136", "150", "158", "186", "188", "177", "199"};
  private static final String[] CN_AREA_CODES = {"310101", "310104", "310105", "310112", "310115", "320102",
      "330106", "340104"};
  private static final String[] EMAIL_NAMES = {"amy.lin", "kevin_chen", "weiming", "jason.tan", "siti.n",
      "wang.lei", "zhang_wei", "meiling", "rachel.ng", "ahmad.f", "tw.huang", "xiaoyu"};
  private static final String TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
  /** Numeric codes of the letters above, in the same order (Taiwan national id check-digit table). */
  private static final int[] TW_LETTER_CODES = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
      26, 27, 28, 29, 30, 31, 32, 33, 34, 35};

  /** A planted value and its type. */
  record Planted(PiiType type, String value) {
  }

  Planted plant(RegionProfile r, SplittableRandom rng) {
    PiiType type = switch (PiiType.Kind.values()[KIND.pick(rng)]) {
      case PHONE -> r.phoneType;
      case EMAIL -> PiiType.EMAIL;
      case NATIONAL_ID -> r.idType != null ? r.idType : r.phoneType;
      case CARD -> PiiType.CARD_NUMBER;
    };
    return new Planted(type, value(type, r, rng));
  }

  String value(PiiType type, RegionProfile r, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(24);
    switch (type) {
      case TW_MOBILE -> sb.append("09").append(digits(rng, 2)).append('-').append(digits(rng, 3)).append('-')
          .append(digits(rng, 3));
      case CN_MOBILE -> sb.append(CN_MOBILE_PREFIXES[rng.nextInt(CN_MOBILE_PREFIXES.length)]).append(digits(rng, 8));
      case MY_MOBILE -> sb.append("+60 1").append(rng.nextInt(10)).append('-').append(digits(rng, 3)).append(' ')
          .append(digits(rng, 4));
      case SG_MOBILE -> sb.append("+65 ").append(rng.nextBoolean() ? '9' : '8').append(digits(rng, 3)).append(' ')
          .append(digits(rng, 4));
      case EMAIL -> sb.append(EMAIL_NAMES[rng.nextInt(EMAIL_NAMES.length)]).append(10 + rng.nextInt(90)).append('@')
          .append(r.emailDomains[rng.nextInt(r.emailDomains.length)]);
      case TW_NATIONAL_ID -> sb.append(twNationalId(r, rng));
      case CN_NATIONAL_ID -> sb.append(cnNationalId(rng));
      case CARD_NUMBER -> sb.append(cardNumber(rng));
      default -> throw new IllegalStateException(type.toString());
    }
    return sb.toString();
  }

  private static String digits(SplittableRandom rng, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + rng.nextInt(10));
    }
    return new String(c);
  }

  /** Letter, 1 or 2, seven digits and a check digit that makes the weighted sum divisible by 10. */
  static String twNationalId(RegionProfile r, SplittableRandom rng) {
    String letters = r.idLetters.isEmpty() ? "A" : r.idLetters;
    char letter = letters.charAt(rng.nextInt(letters.length()));
    int code = TW_LETTER_CODES[TW_LETTERS.indexOf(letter)];
    int[] d = new int[8];
    d[0] = 1 + rng.nextInt(2);
    for (int i = 1; i < 8; i++) {
      d[i] = rng.nextInt(10);
    }
    int sum = code / 10 + code % 10 * 9;
    for (int i = 0; i < 8; i++) {
      sum += d[i] * (8 - i);
    }
    int check = (10 - sum % 10) % 10;
    StringBuilder sb = new StringBuilder(10).append(letter);
    for (int v : d) {
      sb.append(v);
    }
    return sb.append(check).toString();
  }

  /** Area code, birth date, sequence and the ISO 7064 MOD 11-2 check character (may be X). */
  static String cnNationalId(SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(18);
    sb.append(CN_AREA_CODES[rng.nextInt(CN_AREA_CODES.length)]);
    int year = 1960 + rng.nextInt(45);
    int month = 1 + rng.nextInt(12);
    int day = 1 + rng.nextInt(28);
    sb.append(year);
    Timestamps.pad(sb, month, 2);
    Timestamps.pad(sb, day, 2);
    sb.append(digits(rng, 3));
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (sb.charAt(i) - '0') * weights[i];
    }
    return sb.append("10X98765432".charAt(sum % 11)).toString();
  }

  /** Visa (4) or Mastercard (51-55) number with a Luhn check digit, grouped by spaces or dashes. */
  static String cardNumber(SplittableRandom rng) {
    int[] d = new int[16];
    if (rng.nextBoolean()) {
      d[0] = 4;
      d[1] = rng.nextInt(10);
    } else {
      d[0] = 5;
      d[1] = 1 + rng.nextInt(5);
    }
    for (int i = 2; i < 15; i++) {
      d[i] = rng.nextInt(10);
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      int v = d[i];
      if (i % 2 == 0) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    d[15] = (10 - sum % 10) % 10;
    char sep = rng.nextInt(3) == 0 ? '-' : ' ';
    StringBuilder sb = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append(sep);
      }
      sb.append(d[i]);
    }
    return sb.toString();
  }
}
