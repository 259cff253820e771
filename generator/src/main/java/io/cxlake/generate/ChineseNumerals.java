package io.cxlake.generate;

/**
 * Spoken-style Chinese numerals for 1..9999, e.g. 200 -> 兩百 (Traditional) / 两百 (Simplified), 40 -> 四十,
 * 1050 -> 一千零五十. Customers say amounts and minutes this way (「多了兩百塊」「等了四十分鐘」).
 */
final class ChineseNumerals {
  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private ChineseNumerals() {
  }

  static String of(int n, boolean traditional) {
    if (n <= 0 || n > 9999) {
      return Integer.toString(n);
    }
    String two = traditional ? "兩" : "两";
    int thousands = n / 1000;
    int hundreds = n / 100 % 10;
    int tens = n / 10 % 10;
    int units = n % 10;
    StringBuilder sb = new StringBuilder(8);
    boolean zeroPending = false;
    if (thousands > 0) {
      sb.append(thousands == 2 ? two : DIGITS[thousands]).append('千');
    }
    if (hundreds > 0) {
      sb.append(hundreds == 2 ? two : DIGITS[hundreds]).append('百');
    } else if (thousands > 0 && (tens > 0 || units > 0)) {
      zeroPending = true;
    }
    if (tens > 0) {
      if (zeroPending) {
        sb.append('零');
        zeroPending = false;
      }
      if (tens > 1 || sb.length() > 0) {
        sb.append(DIGITS[tens]);
      }
      sb.append('十');
    } else if (sb.length() > 0 && units > 0) {
      zeroPending = true;
    }
    if (units > 0) {
      if (zeroPending) {
        sb.append('零');
      }
      sb.append(DIGITS[units]);
    }
    return sb.toString();
  }
}
