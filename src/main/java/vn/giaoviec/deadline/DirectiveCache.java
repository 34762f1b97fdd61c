package vn.giaoviec.deadline;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.TransactionCache;

/** The directive of a watch, read once per transaction: a storm of one letter's timers reads the same one. */
@Component
class DirectiveCache {

    private final DirectiveRepository directives;
    private final TransactionCache cache;

    DirectiveCache(DirectiveRepository directives, TransactionCache cache) {
        this.directives = directives;
        this.cache = cache;
    }

    Directive of(long id) {
        return cache.get("directive:" + id, () -> directives.findById(id).orElseThrow());
    }
}
