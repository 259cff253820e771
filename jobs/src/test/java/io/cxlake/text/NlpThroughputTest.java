package io.cxlake.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NlpThroughputTest {

  private static final List<String> TEXTS = List.of(
      "My bill is wrong. I was charged twice!", "你好，我想查询账单。为什么扣了两次？",
      "Can you call me back tomorrow? Thanks.", "我等了很久。你们是骗子吗？", "Cancel my plan.");

  @Test
  void threadsSharingThePipelinesCountTheSameSentencesAsOneThread() {
    NlpThroughput.Rate one = NlpThroughput.rawDetected(TEXTS);
    NlpThroughput.Rate two = NlpThroughput.rawDetectedParallel(TEXTS, 2);
    assertEquals(9, one.sentences());
    assertEquals(one.sentences(), two.sentences());
    assertTrue(two.seconds() > 0);
  }
}
