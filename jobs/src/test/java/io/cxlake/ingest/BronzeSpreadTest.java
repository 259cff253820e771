package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the ingest spreads a night's records over the cores before the bronze write, and when the files already do. */
class BronzeSpreadTest {

  private static List<LandingFile> sized(long... bytes) {
    return Arrays.stream(bytes).mapToObj(b -> new LandingFile("/l/f" + b, "file:/l/f" + b, "f" + b + ".csv", b,
        LandingFile.Format.CSV)).toList();
  }

  @Test
  void oneBigFileIsSpreadOverTheCores() {
    assertTrue(FeedIngest.oneFileOutweighsACore(sized(400), 2), "one file, two cores");
    assertTrue(FeedIngest.oneFileOutweighsACore(sized(300, 10, 10, 10), 2), "one file with most of the bytes");
    assertTrue(FeedIngest.oneFileOutweighsACore(sized(100, 100, 100), 8), "fewer files than cores");
  }

  @Test
  void filesThatAlreadySpreadTheWorkAreNotShuffled() {
    assertFalse(FeedIngest.oneFileOutweighsACore(sized(100, 100, 100, 100), 2), "four equal files on two cores");
    assertFalse(FeedIngest.oneFileOutweighsACore(sized(100, 100), 2), "one file per core");
    assertFalse(FeedIngest.oneFileOutweighsACore(sized(60, 50, 40, 30, 20), 2), "none above half the bytes");
  }
}
