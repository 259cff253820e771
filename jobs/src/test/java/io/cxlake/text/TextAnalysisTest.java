package io.cxlake.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Language, tokens, mood and goal of hand-written customer turns, through the real CoreNLP pipelines. */
class TextAnalysisTest {

  private static final ContactTextAnalyzer ANALYZER = new ContactTextAnalyzer(Lexicons.load(""), TextSettings.defaults());

  private static ContactTextAnalyzer.ContactText customer(String... turns) {
    List<ContactTextAnalyzer.TurnIn> in = new java.util.ArrayList<>();
    for (int i = 0; i < turns.length; i++) {
      in.add(new ContactTextAnalyzer.TurnIn(2 * i + 1, "customer", turns[i], null));
    }
    return ANALYZER.analyze(in);
  }

  @Test
  void languageAndScriptFromTheCharacters() {
    assertEquals("zh-Hant", LanguageDetector.detect("這個帳單怎麼這麼貴", null));
    assertEquals("zh-Hans", LanguageDetector.detect("这个账单怎么这么贵", null));
    assertEquals("en", LanguageDetector.detect("Why is my bill so high?", null));
    assertEquals("mixed", LanguageDetector.detect("我看了 instruction 还是不懂, can help or not?", null));
    assertEquals("en", LanguageDetector.detect("My number is [PHONE], call me", null));
    assertEquals("zh-Hans", LanguageDetector.detect("我的电话是 [PHONE]", null), "a placeholder is no English");
    assertEquals("zh-Hant", LanguageDetector.detect("你好", "zh-Hant"), "no script-specific character: the hint");
    assertEquals(null, LanguageDetector.detect("12345 !!", null));
  }

  @Test
  void simplifiedConversionKeepsEveryOffset() {
    String t = "您好，我的帳單多了兩百元，這是怎麼回事？";
    String s = ChineseScript.toSimplified(t);
    assertEquals(t.length(), s.length());
    assertEquals("您好，我的帐单多了两百元，这是怎么回事？", s);
  }

  @Test
  void traditionalTextIsSegmentedAndKeepsItsScript() {
    ContactTextAnalyzer.ContactText t = customer("我已經等了四十分鐘，你們到底有沒有在處理？");
    assertEquals("zh-Hant", t.language());
    assertTrue(t.tokens().contains("四十") || t.tokens().contains("四十分鐘") || t.tokens().contains("分鐘"), t.tokens()::toString);
    assertFalse(t.tokens().contains("鐘都"), "segmented after conversion to Simplified: " + t.tokens());
    assertTrue(t.terms().stream().noneMatch(w -> w.contains("鐘")), "terms are Simplified: " + t.terms());
  }

  @Test
  void moodsWithNegationIntensityAndContrast() {
    assertEquals("distrustful", customer("你們根本就是騙子").mood());
    assertEquals("distrustful", customer("Is this some kind of scam? I don't trust you people.").mood());
    assertEquals("angry", customer("送餐太慢了，饭都凉了").mood());
    assertEquals("angry", customer("不好吃").mood());
    assertEquals("angry", customer("味道还可以，但是送餐太慢了").mood(), "what follows 'but' decides");
    assertEquals("calm", customer("送餐有点慢，但是很好吃").mood());
    assertEquals("confused", customer("I don't really understand how this works...").mood());
    assertEquals("anxious", customer("Please sort this out fast, it's urgent! I'm really worried.").mood());
    assertEquals("calm", customer("I'm not worried, just asking.").mood(), "a negated worry is no worry");
    assertEquals("calm", customer("Thanks, that makes sense.").mood());
    ContactTextAnalyzer.ContactText t = customer("This is unacceptable, I've been on hold for 40 minutes!", "Great, thanks!");
    assertEquals("angry", t.firstTurnMood());
    assertEquals("calm", t.lastTurnMood());
    assertTrue(t.moodEvidence().contains("unacceptable"), t.moodEvidence()::toString);
    assertEquals(2, t.turnMoods().size());
  }

  @Test
  void goalsWithTheirEvidence() {
    ContactTextAnalyzer.ContactText cancel = customer("I want to cancel my contract, what's the termination fee?");
    assertEquals("cancel", cancel.goal());
    assertTrue(cancel.goalEvidence().contains("cancel"));
    assertEquals("complain", customer("我要投訴你們的客服").goal());
    assertEquals("fix", customer("My phone has no signal since this morning, please fix it").goal());
    assertEquals("purchase", customer("我想升级到5G套餐").goal());
    assertEquals("inform", customer("请问我的快递到哪里了？想查询一下物流").goal());
    assertEquals("other", customer("Hello.").goal());
    assertFalse("cancel".equals(customer("I don't want to cancel, how much is the fee?").goal()));
  }

  @Test
  void maskedPlaceholdersNeverBecomeWords() {
    ContactTextAnalyzer.ContactText t = customer("My number is [PHONE] and my e-mail is [EMAIL]", "我的卡号是 [CARD]");
    assertTrue(t.tokens().stream().noneMatch(w -> w.matches("(?i)phone|email|card|\\[.*")), t.tokens()::toString);
    assertTrue(t.keyPhrases().stream().noneMatch(w -> w.matches("(?i).*(phone|email|card).*")), t.keyPhrases()::toString);
  }

  @Test
  void privateUseCharactersAreBlankedSoTheSegmenterLogsNoCustomerText() {
    assertEquals("咸到我不得不评论了 ，盐太多", Tokeniser.blankPlaceholders("咸到我不得不评论了\ue412，盐太多"));
    assertEquals("call me on         ", Tokeniser.blankPlaceholders("call me on [PHONE]\ue000"));
  }

  @Test
  void keyPhrasesPutDomainTermsFirst() {
    ContactTextAnalyzer.ContactText t = customer("My roaming data pack is not working in Japan, roaming is on but no data");
    assertEquals("roaming", t.keyPhrases().get(0), t.keyPhrases()::toString);
    assertTrue(t.terms().contains("japan"), t.terms()::toString);
    assertFalse(t.terms().contains("is"), "stop words are left out");
  }

  @Test
  void noCustomerWordsGiveNullMoodAndGoal() {
    ContactTextAnalyzer.ContactText t = ANALYZER.analyze(List.of());
    assertEquals(null, t.mood());
    assertEquals(null, t.goal());
    assertEquals(null, t.language());
  }

  @Test
  void badLexiconEntriesSayWhatIsWrong(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    for (String f : List.of("goal.tsv", "modifiers.tsv", "stopwords-zh.txt", "stopwords-en.txt", "domain-terms-zh.txt",
        "domain-terms-en.txt")) {
      Files.writeString(dir.resolve(f), f.equals("modifiers.tsv") ? "不\tnegator\t0\n" : "");
    }
    Files.writeString(dir.resolve("mood.tsv"), "骗子\tsuspicious\t3\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicons.load(dir.toString()));
    assertTrue(e.getMessage().contains("mood.tsv") && e.getMessage().contains("angry"), e.getMessage());
    Files.writeString(dir.resolve("mood.tsv"), "骗子\tdistrustful\n");
    e = assertThrows(IllegalArgumentException.class, () -> Lexicons.load(dir.toString()));
    assertTrue(e.getMessage().contains("3 tab-separated fields"), e.getMessage());
  }
}
