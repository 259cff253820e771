package io.cxlake.tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangTest {

  @Test
  void erlangBAndCMatchPublishedTableValues() {
    assertEquals(0.2146, ErlangC.erlangB(10, 10), 5e-5, "Erlang-B table: 10 Erlangs on 10 lines");
    assertEquals(0.6821, ErlangC.probabilityOfWait(11, 10), 5e-5, "Erlang-C: 10 Erlangs, 11 agents");
    assertEquals(4.0 / 9, ErlangC.probabilityOfWait(3, 2), 1e-12, "Erlang-C: 2 Erlangs, 3 agents");
    assertEquals(1.0, ErlangC.probabilityOfWait(10, 10), "unstable queue: everybody waits");
  }

  @Test
  void erlangCServiceLevelAndStaffingOfTheTextbookExample() {
    // the worked example of callcentrehelper.com's Erlang-C guide: 100 calls per 30 minutes, 180 s handle
    // time (10 Erlangs), 80 % within 20 s: 11 agents wait 68.21 % / ASA 122.8 s, and 14 agents reach 88.8 %
    double lambda = 100 / 1800.0;
    assertEquals(122.8, ErlangC.averageWait(11, lambda, 180), 0.05);
    int n = ErlangC.agentsFor(lambda, 180, 20, 0.8);
    assertEquals(14, n);
    assertEquals(0.888, ErlangC.serviceLevel(14, lambda, 180, 20), 5e-4);
    assertTrue(ErlangC.serviceLevel(n - 1, lambda, 180, 20) < 0.8);
  }

  @Test
  void largeCentresStayFiniteWithoutFactorials() {
    double c = ErlangC.probabilityOfWait(2000, 1950);
    assertTrue(c > 0 && c < 1, "C(2000, 1950) = " + c);
    ErlangA.Result r = ErlangA.evaluate(2000, 1950 / 300.0, 300, 1 / 120.0, 20);
    assertTrue(r.abandonShare() > 0 && r.abandonShare() < 1 && Double.isFinite(r.averageWaitSeconds()), r.toString());
    assertTrue(r.serviceLevel() > 0 && r.serviceLevel() <= 1, r.toString());
  }

  @Test
  void erlangAWithPatienceEqualToServiceIsAnInfiniteServerQueue() {
    // theta = mu: every caller leaves at rate mu, in service or not, so the number in system is Poisson(A)
    double load = 8;
    int n = 10;
    ErlangA.Result r = ErlangA.evaluate(n, load / 200, 200, 1 / 200.0, 30);
    double p = Math.exp(-load);
    double belowN = 0;
    double excess = 0;
    for (int j = 0; j < 200; j++) {
      if (j < n) {
        belowN += p;
      } else {
        excess += (j - n) * p;
      }
      p = p * load / (j + 1);
    }
    assertEquals(1 - belowN, r.probabilityOfWait(), 1e-9);
    assertEquals(excess / load, r.abandonShare(), 1e-9, "P(Ab) = E[(N - n)+] / A");
  }

  @Test
  void erlangAApproachesErlangCWithoutAbandonmentAndErlangBWithoutPatience() {
    double lambda = 100 / 1800.0;
    ErlangA.Result patient = ErlangA.evaluate(12, lambda, 180, 1e-9, 20);
    assertEquals(ErlangC.probabilityOfWait(12, 10), patient.probabilityOfWait(), 1e-6);
    assertEquals(ErlangC.serviceLevel(12, lambda, 180, 20), patient.serviceLevel(), 1e-6);
    assertEquals(ErlangC.averageWait(12, lambda, 180), patient.averageWaitSeconds(), 1e-3);
    ErlangA.Result impatient = ErlangA.evaluate(12, lambda, 180, 1e6, 20);
    assertEquals(ErlangC.erlangB(12, 10), impatient.abandonShare(), 1e-5, "who must wait leaves: Erlang-B");
  }

  @Test
  void abandonmentLowersTheAgentsNeededComparedWithErlangC() {
    double lambda = 100 / 1800.0;
    ErlangA.Result a = ErlangA.agentsFor(lambda, 180, 1 / 60.0, 20, 0.05, 0.8);
    int c = ErlangC.agentsFor(lambda, 180, 20, 0.8);
    assertTrue(a.agents() <= c, a + " vs Erlang-C " + c);
    assertTrue(a.abandonShare() <= 0.05 && a.serviceLevel() >= 0.8, a.toString());
    ErlangA.Result fewer = ErlangA.evaluate(a.agents() - 1, lambda, 180, 1 / 60.0, 20);
    assertTrue(fewer.abandonShare() > 0.05 || fewer.serviceLevel() < 0.8, "the minimum: " + fewer);
  }
}
