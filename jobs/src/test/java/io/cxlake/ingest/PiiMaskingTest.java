package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.testing.SharedSpark;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

class PiiMaskingTest {

  private static String mask(String text) {
    var df = SharedSpark.get().createDataset(List.of(text), Encoders.STRING()).toDF("t");
    return df.select(PiiMasking.mask(functions.col("t"))).head().getString(0);
  }

  @Test
  void masksPhonesEmailsIdsAndCardsInEveryScript() {
    assertEquals("我的電話是[PHONE]，請回電", mask("我的電話是0912-345-678，請回電"));
    assertEquals("手机[PHONE]谢谢", mask("手机13812345678谢谢"));
    assertEquals("call me at [PHONE] ok", mask("call me at +60 12-345 6789 ok"));
    assertEquals("SG [PHONE].", mask("SG +65 9123 4567."));
    assertEquals("email [EMAIL] pls", mask("email amy.lin+cx@example.com.tw pls"));
    assertEquals("身分證[ID]。", mask("身分證A123456789。"));
    assertEquals("身份证号[ID]", mask("身份证号11010519491231002X"));
    assertEquals("卡號[CARD]扣款", mask("卡號4111 1111 1111 1111扣款"));
    assertEquals("card [CARD]", mask("card 4111-1111-1111-1111"));
    assertEquals("辦公室[PHONE]", mask("辦公室02-2345-6789"));
  }

  @Test
  void leavesOrdinaryNumbersAlone() {
    assertEquals("帳單多了NT$200，等了40分鐘，2026-11-22", mask("帳單多了NT$200，等了40分鐘，2026-11-22"));
    assertEquals("plan 599 for 12 months, order 88123", mask("plan 599 for 12 months, order 88123"));
  }

  /** Every form of issue #25 in each script, through the pure function the Spark column calls. */
  @Test
  void masksWidthSeparatorAndSpokenFormsInEveryScript() {
    String[][] cases = {
        {"電話０９１２３４５６７８謝謝", "電話[PHONE]謝謝"},
        {"电话０９１２３４５６７８谢谢", "电话[PHONE]谢谢"},
        {"my number is ０９１２３４５６７８ thanks", "my number is [PHONE] thanks"},
        {"手機0912－345－678", "手機[PHONE]"},
        {"手机0912—345—678", "手机[PHONE]"},
        {"call 0912．345．678 now", "call [PHONE] now"},
        {"號碼0912、345、678。", "號碼[PHONE]。"},
        {"公司電話（02）2345-6789", "公司電話[PHONE]"},
        {"office (02) 2345 6789.", "office [PHONE]."},
        {"手机号138 1234 5678谢谢", "手机号[PHONE]谢谢"},
        {"手機138-1234-5678", "手機[PHONE]"},
        {"reach me on 9123 4567 pls", "reach me on [PHONE] pls"},
        {"卡號4111.1111.1111.1111", "卡號[CARD]"},
        {"身分證A 123456789", "身分證[ID]"},
        {"my ID is A123 456 789", "my ID is [ID]"},
        {"電郵amy＠example.com", "電郵[EMAIL]"},
        {"邮箱wang@例子.中国谢谢", "邮箱[EMAIL]谢谢"},
        {"mail jürgen@bücher.de ok", "mail [EMAIL] ok"},
        {"IC 900101-14-5678 ya", "IC [ID] ya"},
        {"我的IC是900101145678", "我的IC是[ID]"},
        {"NRIC S1234567D thanks", "NRIC [ID] thanks"},
        {"我的電話是零九一二三四五六七八", "我的電話是[PHONE]"},
        {"我的电话是幺三八一二三四五六七八", "我的电话是[PHONE]"},
        {"it's nine one two three, four five six seven.", "it's [PHONE]."},
        {"zero nine one two 345 678", "[PHONE]"},
        {"電話91234567謝謝", "電話[PHONE]謝謝"},
        {"whatsapp me: 81234567", "whatsapp me: [PHONE]"},
    };
    for (String[] c : cases) {
      assertEquals(c[1], PiiMasking.maskText(c[0]), c[0]);
    }
  }

  /** The pre-check that skips the spoken-digit rule counts number words as that rule delimits them. */
  @Test
  void countsNumberWordsAsTheSpokenDigitRuleDelimitsThem() {
    assertEquals(0, PiiMasking.numberWords("someone phoned, hone it, nones"));
    assertEquals(1, PiiMasking.numberWords("I waited one hour"));
    assertEquals(2, PiiMasking.numberWords("ONE, Two"));
    assertEquals(2, PiiMasking.numberWords("nine1two"));
    assertEquals(2, PiiMasking.numberWords("é oh—double"));
    assertEquals("reach me on [PHONE] ok", PiiMasking.maskText("reach me on Oh Nine Double One Two Three Four ok"));
  }

  @Test
  void leavesOrdinaryNumbersAndWordsAloneInEveryScript() {
    for (String text : new String[] {"帳單多了ＮＴ＄２００，等了四十分鐘", "我等了一个小时，二十分钟后再打",
        "order 5512 arrived on 2026-11-22 at 09:30", "I waited one or two hours, then three more",
        "第一次打來，方案599元，12個月", "价格是1,299.00元，订单号88123", "room 12-3, floor 8",
        "訂單編號91234567還沒到", "ticket 81234567 was closed", "金額12,345,678元，20261122到期"}) {
      assertEquals(text, PiiMasking.maskText(text));
    }
    assertEquals(null, PiiMasking.maskText(null));
  }

  /**
   * The pre-checks (digits a rule's match needs, a character it needs) skip only searches that cannot match: the
   * masked text is the one every rule's search gives, on the cases above, on the real utterances and reviews of
   * ../shared/data, and on numbers one digit short of and at each rule's minimum.
   */
  @Test
  void rulesSkippedByTheirPreChecksCouldNotHaveMatched() throws java.io.IOException {
    List<String> texts = new java.util.ArrayList<>(List.of("我的電話是0912-345-678，請回電", "手机13812345678谢谢",
        "call me at +60 12-345 6789 ok", "SG +65 9123 4567.", "email amy.lin+cx@example.com.tw pls",
        "身分證A123456789。", "身份证号11010519491231002X", "卡號4111 1111 1111 1111扣款", "office (02) 2345 6789.",
        "IC 900101-14-5678 ya", "我的IC是900101145678", "NRIC S1234567D thanks", "whatsapp me: 81234567",
        "電郵amy＠example.com", "+6 12 34", "+6 12 345", "(02) 234 5678", "(02) 234 567", "0912 345 67", "0912 345 678",
        "138 1234 567", "138 1234 5678", "9123 456", "9123 4567", "A12345678", "A123456789", "S123456D", "S1234567D",
        "4111 1111 1111", "4111 1111 1111 1", "a@b.co", "it's nine one two three, four five six seven.",
        "zero nine one two 345 678", "order 5512 arrived on 2026-11-22 at 09:30", "金額12,345,678元，20261122到期"));
    for (String file : new String[] {"dstc11-insurance/test-utterances.jsonl", "waimai_10k/waimai_10k.csv"}) {
      java.nio.file.Path path = java.nio.file.Path.of("../../shared/data", file);
      if (java.nio.file.Files.exists(path)) {
        texts.addAll(java.nio.file.Files.readAllLines(path));
      }
    }
    int masked = 0;
    for (String t : texts) {
      String expected = PiiMasking.maskWithEveryRule(t);
      assertEquals(expected, PiiMasking.maskText(t), t);
      masked += expected.equals(t) ? 0 : 1;
    }
    assertEquals(true, masked >= 20, "the cases exercise the rules: " + masked + " texts masked");
  }
}
