package io.cxlake.cli;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.util.Map;

/** What every analyst process (SQL shell, SQL server) checks before it starts. */
final class AnalystSessions {

  private AnalystSessions() {}

  /**
   * The analyst processes need no pseudonymisation key (they only read pseudonymised tables), so they refuse to run
   * with it in their environment, where a flaw in the read-only check could reach it.
   */
  static void refuseKeyInEnvironment(CxConfig config, Map<String, String> env) {
    String var = config.get(ConfigKey.PSEUDONYM_KEY_ENV);
    if (env.containsKey(var)) {
      throw new IllegalArgumentException("the pseudonymisation key is in this process's environment (" + var
          + "); the SQL shell and server need no key: start them without it (e.g. env -u " + var + " bin/cxlake ...)");
    }
  }
}
