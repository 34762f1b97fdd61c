package vn.giaoviec.audit;

/** Where an action came in: our API, the Camunda webapps (Tasklist), Camunda's REST API, our pages, or the engine itself. */
public enum Door {
    API, TASKLIST, ENGINE_REST, DASHBOARD, SYSTEM;

    private static final ThreadLocal<Door> CURRENT = new ThreadLocal<>();

    /** The door of the request this thread serves; SYSTEM for the job executor and start-up. */
    public static Door current() {
        Door door = CURRENT.get();
        return door == null ? SYSTEM : door;
    }

    static Door of(String path) {
        if (path.startsWith("/api/")) {
            return API;
        }
        if (path.startsWith("/engine-rest/")) {
            return ENGINE_REST;
        }
        if (path.startsWith("/camunda/")) {
            return TASKLIST;
        }
        return DASHBOARD;
    }

    static void set(Door door) {
        CURRENT.set(door);
    }

    static void clear() {
        CURRENT.remove();
    }
}
