package vn.giaoviec.web;

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
public class TransactionCache {

    private static final Object KEY = TransactionCache.class;

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> load) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load.get();
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
        return (T) cache.computeIfAbsent(key, k -> load.get());
    }
}
