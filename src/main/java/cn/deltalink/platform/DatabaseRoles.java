package cn.deltalink.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two database roles of a node (ADR 018): {@value #OWNER} owns the schema and runs the
 * migrations; {@value #APP} is what the running node connects as. The application role gets plain
 * read and write rights on the tables the owner creates (default privileges), and the migrations of
 * append-only tables (audit trail, message log) take UPDATE, DELETE and TRUNCATE back, so that nothing
 * the node does, and nothing done through it, can rewrite a trail.
 *
 * <p>For the embedded database the node creates both roles itself, with passwords generated on the
 * first start and kept in {@code <node home>/db-roles.properties}. For an external database the
 * operator creates them (README).
 */
public record DatabaseRoles(String ownerPassword, String appPassword) {

  public static final String OWNER = "deltalink_owner";
  public static final String APP = "deltalink_app";

  /** The passwords kept in {@code file}, made on first use; {@code null}: fresh ones that are not kept (throw-away databases). */
  static DatabaseRoles keptIn(@Nullable Path file) {
    if (file == null) {
      return new DatabaseRoles(secret(), secret());
    }
    try {
      Properties kept = new Properties();
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file)) {
          kept.load(in);
        }
      }
      if (kept.getProperty("owner") == null || kept.getProperty("app") == null) {
        kept.setProperty("owner", secret());
        kept.setProperty("app", secret());
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file);
        ownerOnly(file);
        try (Writer out = Files.newBufferedWriter(file)) {
          kept.store(out, "Passwords of the embedded database's roles " + OWNER + " and " + APP + " (ADR 018)");
        }
      }
      return new DatabaseRoles(kept.getProperty("owner"), kept.getProperty("app"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates (or brings up to date) both roles on a server where {@code superuser} may do anything,
   * and hands the schema to the owner. Tables made before the roles existed (by the superuser, on a
   * node's earlier start) go to the owner once, with the application role's rights; the
   * migrations that restrict append-only tables run after this.
   */
  void prepare(DataSource superuser) {
    JdbcTemplate jdbc = new JdbcTemplate(superuser);
    for (String role : new String[] {OWNER, APP}) {
      jdbc.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then create role " + role + " login; end if; end $$");
    }
    // the passwords are hex digits we made ourselves, so quoting them is safe
    jdbc.execute("alter role " + OWNER + " password '" + ownerPassword + "'");
    jdbc.execute("alter role " + APP + " password '" + appPassword + "'");
    jdbc.execute("alter schema public owner to " + OWNER);
    jdbc.execute("grant usage on schema public to " + APP);
    jdbc.execute("alter default privileges for role " + OWNER + " in schema public grant select, insert, update, delete on tables to " + APP);
    jdbc.execute("alter default privileges for role " + OWNER + " in schema public grant usage, select on sequences to " + APP);
    jdbc.execute(
        """
        do $$
        declare o record;
        begin
          for o in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = 'public' and c.relkind in ('r', 'S', 'v', 'p') and pg_get_userbyid(c.relowner) <> '%1$s'
                     and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e') loop
            if o.relkind = 'S' then
              execute format('alter sequence %%I owner to %1$s', o.relname);
              execute format('grant usage, select on sequence %%I to %2$s', o.relname);
            else
              execute format('alter table %%I owner to %1$s', o.relname);
              execute format('grant select, insert, update, delete on table %%I to %2$s', o.relname);
            end if;
          end loop;
          for o in select p.oid::regprocedure as signature from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                   where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                     and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e') loop
            execute format('alter function %%s owner to %1$s', o.signature);
          end loop;
        end $$
        """
            .formatted(OWNER, APP));
  }

  private static String secret() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the node folder's own protection has to do
    }
  }

  @Override
  public String toString() {
    return "DatabaseRoles[" + OWNER + ", " + APP + "]";
  }
}
