package vn.giaoviec.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database for nodes started in their own JVMs: on PostgreSQL (when the suite runs with the
 * "postgres" profile) a database of its own on the suite's server, else an H2 file like the embedded
 * default's. Never the suite's own database: the nodes' job executors would run its tests' jobs.
 */
public record NodeDatabase(String url, String dropStatement, String serverUrl) {

    public static boolean postgres() {
        String profiles = System.getenv("SPRING_PROFILES_ACTIVE");
        return profiles != null && profiles.contains("postgres") && System.getenv("SPRING_DATASOURCE_URL") != null;
    }

    public static NodeDatabase fresh(String name, Path dir) {
        if (!postgres()) {
            return new NodeDatabase("jdbc:h2:file:" + dir.resolve("giaoviec").toAbsolutePath()
                    + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", null, null);
        }
        String server = System.getenv("SPRING_DATASOURCE_URL");
        String database = ("giaoviec_" + name + "_" + System.currentTimeMillis()).toLowerCase();
        execute(server, "create database " + database);
        return new NodeDatabase(server.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1"),
                "drop database if exists " + database + " with (force)", server);
    }

    /** Drops the PostgreSQL database (an H2 file stays under target/ for a look). */
    public void drop() {
        if (dropStatement != null && System.getenv("KEEP_DB") == null) {
            execute(serverUrl, dropStatement);
        }
    }

    private static void execute(String url, String sql) {
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
