package io.cxlake.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.security.sasl.AuthenticationException;
import org.apache.hive.service.auth.PasswdAuthenticationProvider;

/**
 * Password authentication of the SQL server's JDBC clients ({@code analyst.auth=password}): users and salted
 * PBKDF2 hashes of their passwords in {@code analyst.users-file}, one {@code name:iterations:salt:hash} line each,
 * made by {@code cxlake sql-user NAME}; no password is stored or logged. The Thrift server instantiates this class
 * itself (Hive's CUSTOM authentication), so the file is handed over in a system property.
 */
public final class AnalystPasswords implements PasswdAuthenticationProvider {

  static final String USERS_FILE_PROPERTY = "cxlake.analyst.users-file";
  private static final int ITERATIONS = 210_000;

  @Override
  public void Authenticate(String user, String password) throws AuthenticationException {
    String file = System.getProperty(USERS_FILE_PROPERTY);
    if (file == null) {
      throw new AuthenticationException("no analyst users file configured");
    }
    try {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        String[] f = line.trim().split(":");
        if (f.length == 4 && f[0].equals(user) && matches(password == null ? "" : password, f)) {
          return;
        }
      }
    } catch (IOException e) {
      throw new AuthenticationException("the analyst users file cannot be read", e);
    }
    throw new AuthenticationException("wrong user name or password"); // neither says which, nor echoes them
  }

  private static boolean matches(String password, String[] f) {
    byte[] salt = Base64.getDecoder().decode(f[2]);
    byte[] expected = Base64.getDecoder().decode(f[3]);
    return MessageDigest.isEqual(expected, hash(password, salt, Integer.parseInt(f[1])));
  }

  /** The users-file line of {@code user} with {@code password}. */
  static String line(String user, String password) {
    if (user.isEmpty() || user.contains(":") || user.isBlank()) {
      throw new IllegalArgumentException("a user name must be non-empty and without ':'");
    }
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return user + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":"
        + b64.encodeToString(hash(password, salt, ITERATIONS));
  }

  private static byte[] hash(String password, byte[] salt, int iterations) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
    }
  }

  /** {@code cxlake sql-user NAME}: reads the password from standard input, prints the users-file line. */
  static int run(List<String> args) {
    if (args.size() != 1) {
      System.err.println("usage: cxlake sql-user NAME   (the password is read from standard input)");
      return 2;
    }
    java.io.Console console = System.console();
    String password;
    try {
      password = console != null ? new String(console.readPassword("password for %s: ", args.get(0)))
          : new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the password from standard input", e);
    }
    if (password == null || password.length() < 12) {
      System.err.println("error: a password of at least 12 characters is needed");
      return 2;
    }
    System.out.println(line(args.get(0), password));
    return 0;
  }
}
