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
}
