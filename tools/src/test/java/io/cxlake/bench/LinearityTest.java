package io.cxlake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearityTest {

  private static final List<Long> N = List.of(100_000L, 300_000L, 1_000_000L);

  @Test
  void aFixedCostPlusLinearWorkIsRecoveredAndNotFlagged() {
    Linearity l = Linearity.of(N, List.of(40.0 + 1e-4 * 100_000, 40.0 + 1e-4 * 300_000, 40.0 + 1e-4 * 1_000_000));
    assertEquals(40.0, l.fixedSeconds(), 1e-6);
    assertEquals(1e-4, l.secondsPerContact(), 1e-12);
    assertEquals(1.0, l.growth(), 1e-9);
    assertFalse(l.fasterThanLinear());
  }

  @Test
  void quadraticGrowthIsFlagged() {
    Linearity l = Linearity.of(N, N.stream().map(n -> 1e-10 * n * n + 5).toList());
    assertTrue(l.fasterThanLinear());
    assertTrue(l.growth() > 3);
  }

  @Test
  void twoScalesJudgeByTheExponentAndNoiseBelowTheOriginFitsThroughIt() {
    assertTrue(Linearity.of(List.of(1000L, 2000L), List.of(10.0, 25.0)).fasterThanLinear());
    assertFalse(Linearity.of(List.of(1000L, 2000L), List.of(10.0, 19.0)).fasterThanLinear());
    Linearity throughOrigin = Linearity.of(List.of(1000L, 2000L), List.of(9.0, 21.0)); // would fit fixed = -3
    assertEquals(0, throughOrigin.fixedSeconds());
    assertEquals(30.0 / 3000, throughOrigin.secondsPerContact(), 1e-12);
  }
}
