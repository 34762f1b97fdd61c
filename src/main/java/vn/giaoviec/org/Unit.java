package vn.giaoviec.org;

/**
 * A node of the organisation tree. {@code path} is the chain of ids from the root, framed by
 * slashes ({@code /ubnd-tp/so-gddt/}), so a subtree is one indexed prefix query.
 */
public record Unit(String id, String name, String symbol, String kind, String parentId, String path) {

    public boolean isWithin(Unit ancestor) {
        return path.startsWith(ancestor.path());
    }
}
