package io.cxlake.churn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.need.NeedSettings;
import io.cxlake.text.CustomerPhrases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad settings and lexicon entries of the needs and churn jobs fail on load, naming the key and the fix. */
class ChurnSettingsTest {

  @Test
  void bandsOutOfOrderAreRefusedWithTheKeys() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ChurnSettings(28, 14, 4, 7, 20, 0.1, 0.3, 3, 200_000, 90));
    assertTrue(e.getMessage().contains("churn.medium-band") && e.getMessage().contains("churn.high-band"),
        e.getMessage());
  }

  @Test
  void anActiveWindowShorterThanTheFeatureWindowIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ChurnSettings(28, 14, 4, 7, 20, 0.3, 0.1, 3, 200_000, 14));
    assertTrue(e.getMessage().contains("churn.active-days"), e.getMessage());
  }

  @Test
  void aNeedWindowShorterThanTwoFollowUpPeriodsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NeedSettings(20, 14, 0.001, 5, 1.5, 7, 5));
    assertTrue(e.getMessage().contains("needs.window-days"), e.getMessage());
  }

  @Test
  void aMalformedCustomerPhraseNamesTheEntryAndTheCategories(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(CustomerPhrases.FILE), "scam\tdistrust\nrefund me\trefunds\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CustomerPhrases.load(dir.toString()));
    assertTrue(e.getMessage().contains("refund me") && e.getMessage().contains("guarantee_claim"), e.getMessage());
  }
}
