package vn.giaoviec.kernel;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers read-only lookups for the rest of the current transaction: an issuing batch creates 250
 * tasks of one directive, and each task's form would otherwise read the same directive, items and
 * units again. Only for data that the transaction does not change.
 */
@Component
@SuppressWarnings("unchecked")
public class TransactionCache {

    private static final Object KEY = TransactionCache.class;

    public <T> T get(String key, Supplier<T> load) {
        Map<String, Object> cache = cache();
        if (cache == null) {
            return load.get();
        }
        if (cache.containsKey(key)) {
            return (T) cache.get(key);
        }
        // not computeIfAbsent: a load may itself read through the cache (a deadline group starting its process)
        T value = load.get();
        cache.put(key, value);
        return value;
    }

    /** Stores what a whole batch will need, read in one query instead of one per element. */
    public void put(String key, Object value) {
        Map<String, Object> cache = cache();
        if (cache != null) {
            cache.put(key, value);
        }
    }

    /** What {@link #put} stored earlier in this transaction, else a fresh read that is not kept (the data may change). */
    public <T> T prefetched(String key, Supplier<T> load) {
        Map<String, Object> cache = cache();
        return cache != null && cache.containsKey(key) ? (T) cache.get(key) : load.get();
    }

    /** Like {@link #prefetched}, for one use: what {@link #put} stored is handed out once, then read afresh. */
    public <T> T taken(String key, Supplier<T> load) {
        Map<String, Object> cache = cache();
        return cache != null && cache.containsKey(key) ? (T) cache.remove(key) : load.get();
    }

    private static Map<String, Object> cache() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Object> cache = (Map<String, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (cache == null) {
            cache = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, cache);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return cache;
    }
}
