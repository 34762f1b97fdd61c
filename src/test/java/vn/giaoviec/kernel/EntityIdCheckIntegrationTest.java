package vn.giaoviec.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.giaoviec.IntegrationTest;

/** The engine's id check on every inserted row, as our start leaves it. */
@IntegrationTest
class EntityIdCheckIntegrationTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void aRowWithAValidIdPassesWithoutBeingDescribedAndARowWithoutOneGetsCamundasError() {
        AtomicInteger described = new AtomicInteger();
        engine.getCommandExecutorTxRequired().execute(context -> {
            EntityIdCheck.IdChecked rows = (EntityIdCheck.IdChecked) context.getDbEntityManager();
            rows.validateId(new Row("a1b2", described));
            assertThat(described).as("descriptions written for a valid row").hasValue(0);

            assertThatThrownBy(() -> rows.validateId(new Row(null, described)))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("hàng thử").hasMessageContaining("id is null");
            assertThatThrownBy(() -> rows.validateId(new Row("*", described)))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reserved identifier");
            return null;
        });
    }

    /** A row that counts how often it is described. */
    private static final class Row implements DbEntity {
        private String id;
        private final AtomicInteger described;

        Row(String id, AtomicInteger described) {
            this.id = id;
            this.described = described;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void setId(String id) {
            this.id = id;
        }

        @Override
        public Object getPersistentState() {
            return id;
        }

        @Override
        public String toString() {
            described.incrementAndGet();
            return "hàng thử";
        }
    }
}
