package vn.giaoviec.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.giaoviec.IntegrationTest;

/** The engine's tables, as our start leaves them on H2 and on PostgreSQL. */
@IntegrationTest
class EngineIndexesIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aCompletionFindsItsTasksSubtasksThroughAnIndexNotAScanOfEveryOpenTask() throws SQLException {
        assertThat(leadingIndexColumns("ACT_RU_TASK")).contains("PARENT_TASK_ID_");
    }

    @Test
    void aTaskListFindsTheUsersOwnGrantsThroughAnIndexNotAScanOfEveryTasksGrants() throws SQLException {
        // Camunda's unique index (TYPE_, USER_ID_, ...) cannot serve "USER_ID_ in (user, '*')": it leads with the type
        assertThat(leadingIndexColumns("ACT_RU_AUTHORIZATION")).contains("GROUP_ID_", "USER_ID_");
    }

    /** The first column of each of the table's indexes: what an index can be searched by on its own. */
    private List<String> leadingIndexColumns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            // H2 keeps unquoted names in upper case, PostgreSQL in lower case
            for (String name : List.of(table, table.toLowerCase())) {
                try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("COLUMN_NAME") != null && rs.getShort("ORDINAL_POSITION") == 1) {
                            columns.add(rs.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
        }
        return columns;
    }
}
