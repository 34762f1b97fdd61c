package vn.giaoviec.directive;

/** What a directive's deadlines do: remind so many working days before, escalate so many after, how far up. */
public record DeadlinePolicy(Integer reminderDays, Integer graceDays, Integer levels) {

    /** This policy's values where set, else the fallback's. */
    public DeadlinePolicy or(DeadlinePolicy fallback) {
        return new DeadlinePolicy(reminderDays != null ? reminderDays : fallback.reminderDays(),
                graceDays != null ? graceDays : fallback.graceDays(), levels != null ? levels : fallback.levels());
    }

    public boolean isEmpty() {
        return reminderDays == null && graceDays == null && levels == null;
    }
}
