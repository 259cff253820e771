package io.cxlake.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PiiPlanterTest {

  @Test
  void nationalIdsAndCardsCarryValidCheckDigits() {
    SplittableRandom rng = new SplittableRandom(1);
    RegionProfile taipei = Regions.ALL.get(0);
    for (int i = 0; i < 500; i++) {
      String tw = PiiPlanter.twNationalId(taipei, rng);
      assertTrue(tw.matches("[AF][12]\\d{8}"), tw);
      assertTrue(validTaiwanId(tw), tw);
      String cn = PiiPlanter.cnNationalId(rng);
      assertEquals(18, cn.length());
      assertTrue(validMainlandId(cn), cn);
      String card = PiiPlanter.cardNumber(rng);
      assertTrue(luhn(card.replaceAll("[ -]", "")), card);
    }
  }

  private static boolean validTaiwanId(String id) {
    String letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
    int code = 10 + letters.indexOf(id.charAt(0));
    int sum = code / 10 + code % 10 * 9;
    for (int i = 1; i < 9; i++) {
      sum += (id.charAt(i) - '0') * (9 - i);
    }
    sum += id.charAt(9) - '0';
    return sum % 10 == 0;
  }

  private static boolean validMainlandId(String id) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * w[i];
    }
    return "10X98765432".charAt(sum % 11) == id.charAt(17);
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  @Test
  void chineseNumeralsReadNaturally() {
    assertEquals("兩百", ChineseNumerals.of(200, true));
    assertEquals("两百", ChineseNumerals.of(200, false));
    assertEquals("四十", ChineseNumerals.of(40, true));
    assertEquals("十五", ChineseNumerals.of(15, true));
    assertEquals("三百五十", ChineseNumerals.of(350, true));
    assertEquals("一千零五十", ChineseNumerals.of(1050, true));
    assertEquals("一千兩百", ChineseNumerals.of(1200, true));
    assertEquals("一百零五", ChineseNumerals.of(105, false));
  }
}
