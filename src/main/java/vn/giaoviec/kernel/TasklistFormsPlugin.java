package vn.giaoviec.kernel;

import java.util.Set;

import jakarta.ws.rs.Path;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * A Tasklist plugin (registered in META-INF/services) whose script, {@code plugin/giaoviec/app/plugin.js},
 * lets a form edited in a dynamic list be completed: see the script for the Tasklist behaviour it mends.
 */
public class TasklistFormsPlugin extends AbstractTasklistPlugin {

    static final String ID = "giaoviec";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getAssetDirectory() {
        return "plugin/" + ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(Assets.class);
    }

    /** Serves the plugin's script to Tasklist under /camunda/api/tasklist/plugin/giaoviec/static/. */
    @Path("plugin/" + ID)
    public static class Assets extends AbstractTasklistPluginRootResource {
        public Assets() {
            super(ID);
        }
    }
}
