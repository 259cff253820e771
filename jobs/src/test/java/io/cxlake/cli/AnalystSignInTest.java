package io.cxlake.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.security.sasl.AuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the analyst processes check before they start, and the users file of password sign-in. */
class AnalystSignInTest {

  @TempDir
  Path dir;

  @Test
  void theAnalystProcessesRefuseToRunWithThePseudonymisationKeyInTheirEnvironment() {
    CxConfig config = ConfigLoader.load("local", Map.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalystSessions
        .refuseKeyInEnvironment(config, Map.of("CXLAKE_PSEUDONYM_KEY", "s3cret", "PATH", "/bin")));
    assertTrue(e.getMessage().contains("CXLAKE_PSEUDONYM_KEY") && !e.getMessage().contains("s3cret"), e.getMessage());
    assertDoesNotThrow(() -> AnalystSessions.refuseKeyInEnvironment(config, Map.of("PATH", "/bin")));
    CxConfig other = ConfigLoader.load("local", Map.of("pseudonym.key-env", "OUR_KEY"));
    assertThrows(IllegalArgumentException.class, () -> AnalystSessions.refuseKeyInEnvironment(other,
        Map.of("OUR_KEY", "x")), "the variable pseudonym.key-env names");
  }

  @Test
  void passwordSignInNeedsAReadableUsersFileAndAKnownMode() throws Exception {
    assertEquals(SqlServer.Auth.NONE, SqlServer.Auth.from(ConfigLoader.load("local", Map.of())));
    assertThrows(IllegalArgumentException.class, () -> SqlServer.Auth.from(ConfigLoader.load("local",
        Map.of("analyst.auth", "password"))));
    assertThrows(IllegalArgumentException.class, () -> SqlServer.Auth.from(ConfigLoader.load("local",
        Map.of("analyst.auth", "ldap"))));
    Path users = Files.writeString(dir.resolve("users"), AnalystPasswords.line("amy", "correct horse battery") + "\n");
    assertEquals(new SqlServer.Auth(true, users.toString()), SqlServer.Auth.from(ConfigLoader.load("local",
        Map.of("analyst.auth", "password", "analyst.users-file", users.toString()))));
  }

  @Test
  void onlyTheRightPasswordOfAListedUserSignsIn() throws Exception {
    String amy = AnalystPasswords.line("amy", "correct horse battery");
    assertFalse(amy.contains("correct horse battery"));
    assertTrue(!amy.equals(AnalystPasswords.line("amy", "correct horse battery")), "salted: two lines differ");
    Path users = Files.writeString(dir.resolve("users"), amy + "\n" + AnalystPasswords.line("bo", "another long one")
        + "\n");
    System.setProperty(AnalystPasswords.USERS_FILE_PROPERTY, users.toString());
    try {
      AnalystPasswords auth = new AnalystPasswords();
      assertDoesNotThrow(() -> auth.Authenticate("amy", "correct horse battery"));
      assertDoesNotThrow(() -> auth.Authenticate("bo", "another long one"));
      for (String[] wrong : List.of(new String[] {"amy", "another long one"}, new String[] {"amy", ""},
          new String[] {"carl", "correct horse battery"}, new String[] {"", ""})) {
        AuthenticationException e = assertThrows(AuthenticationException.class,
            () -> auth.Authenticate(wrong[0], wrong[1]), String.join("/", wrong));
        assertFalse(!wrong[1].isEmpty() && e.getMessage().contains(wrong[1]), "the password is not echoed");
      }
    } finally {
      System.clearProperty(AnalystPasswords.USERS_FILE_PROPERTY);
    }
    assertThrows(IllegalArgumentException.class, () -> AnalystPasswords.line("a:b", "correct horse battery"));
  }

  @Test
  void sqlUserPrintsTheLineOfAPasswordReadFromStandardInput() {
    InputStream in = System.in;
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
      assertEquals(2, AnalystPasswords.run(List.of("amy")), "fewer than 12 characters");
      System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
      assertEquals(0, AnalystPasswords.run(List.of("amy")));
    } finally {
      System.setIn(in);
      System.setOut(out);
    }
    String line = printed.toString(StandardCharsets.UTF_8).trim();
    assertTrue(line.matches("amy:210000:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+"), line);
  }
}
