package vn.giaoviec.kernel;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Our replacements for sessions the engine opens per command (entity manager, authorization manager, ...). */
public final class EngineSessions {

    private EngineSessions() {
    }

    /** Opens {@code factory}'s session instead of the engine's own of the same type; call from a plugin's preInit. */
    public static void replace(ProcessEngineConfigurationImpl configuration, SessionFactory factory) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(factory);
    }
}
