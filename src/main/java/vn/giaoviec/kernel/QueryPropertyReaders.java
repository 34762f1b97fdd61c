package vn.giaoviec.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.springframework.stereotype.Component;

/**
 * Camunda's task query mapping tests {@code query.isOrQueryActive} and {@code query.isWithoutTenantId}:
 * names that are methods, not properties with a getter. For such a name MyBatis' expression language
 * looks through every public method of the query class (about 700 for a task query), lower-casing each
 * name, and remembers nothing: a third of the server's time for a Tasklist list and its count at
 * 100,000 open tasks (TasklistScaleBenchmark, Java Flight Recorder). Here the method found for a query
 * class and a name is looked up once; what is read, and from which method, is unchanged.
 */
@Component
class QueryPropertyReaders extends AbstractProcessEnginePlugin {

    /** One for the JVM: MyBatis' expression language keeps its accessors in static tables. */
    private static final Readers READERS = new Readers();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // every engine query's parameter object (task, process instance, ... queries) descends from it
        OgnlRuntime.setPropertyAccessor(ListQueryParameterObject.class, READERS);
    }

    static final class Readers extends ObjectPropertyAccessor {

        private final Map<Class<?>, Map<String, Optional<Method>>> found = new ConcurrentHashMap<>();

        @Override
        public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
            Optional<Method> reader = found.computeIfAbsent(target.getClass(), type -> new ConcurrentHashMap<>())
                    .computeIfAbsent(name, property -> Optional.ofNullable(find(target.getClass(), property)));
            if (reader.isEmpty() || !context.getMemberAccess().isAccessible(context, target, reader.get(), name)) {
                return super.getPossibleProperty(context, target, name); // a field, or nothing: as before
            }
            try {
                return OgnlRuntime.invokeMethod(target, reader.get(), OgnlRuntime.NoArguments);
            } catch (InvocationTargetException e) {
                throw new OgnlException(name, e.getTargetException());
            } catch (IllegalAccessException e) {
                throw new OgnlException(name, e);
            }
        }

        /** The method the expression language itself would read: the getter, else a method of that name. */
        private static Method find(Class<?> type, String name) {
            Method getter = OgnlRuntime.getGetMethod(type, name);
            return getter != null ? getter : OgnlRuntime.getReadMethod(type, name, null);
        }
    }
}
