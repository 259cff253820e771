package io.cxlake.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Servers the tests start on 127.0.0.1: a free port to give them, and waiting until they listen. */
public final class Loopback {

  private Loopback() {}

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Waits until {@code port} accepts connections; false after {@code timeout} or once {@code alive} is false. */
  public static boolean awaitListening(int port, Duration timeout, BooleanSupplier alive) {
    return awaitCondition(timeout, () -> {
      if (!alive.getAsBoolean()) {
        throw new IllegalStateException("the server's process ended before it listened on port " + port);
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return true;
      } catch (IOException notYet) {
        return false;
      }
    });
  }

  /** Polls {@code condition} every 200 ms until it holds (true) or {@code timeout} passed (false). */
  public static boolean awaitCondition(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}
