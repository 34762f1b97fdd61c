package vn.giaoviec.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * A directive as the API and the text importer exchange it (DESIGN §5). The verbatim fields
 * ({@code issuerName}, {@code addressees}, {@code ccNames}, {@code warnings}) come from a draft and
 * are kept, never a reason to refuse it. {@code deadlines} (optional) overrides the deployment's
 * reminder, grace and escalation levels for this directive.
 */
public record DirectiveBody(
        String number,
        String type,
        String issuer,
        String monitoringUnit,
        String place,
        LocalDate issuedOn,
        String subject,
        List<String> legalBases,
        List<Item> items,
        Reporting reporting,
        Signer signer,
        List<String> cc,
        Long parentAssignment,
        String issuerName,
        List<String> addressees,
        List<String> ccNames,
        List<String> warnings,
        DeadlinePolicy deadlines,
        Boolean requireSignedReport) {

    /** A directive with the deployment's deadline policy, taking reports with or without a signed PDF. */
    public DirectiveBody(String number, String type, String issuer, String monitoringUnit, String place,
                         LocalDate issuedOn, String subject, List<String> legalBases, List<Item> items,
                         Reporting reporting, Signer signer, List<String> cc, Long parentAssignment, String issuerName,
                         List<String> addressees, List<String> ccNames, List<String> warnings) {
        this(number, type, issuer, monitoringUnit, place, issuedOn, subject, legalBases, items, reporting, signer, cc,
                parentAssignment, issuerName, addressees, ccNames, warnings, null, null);
    }

    /** An item's {@code recurrence}: how often its work comes back, as the letter says. */
    public static final java.util.Set<String> RECURRENCES = java.util.Set.of("WEEKLY", "MONTHLY", "QUARTERLY", "SEMIANNUAL",
            "ANNUAL", "ONGOING");

    /** A numbered task item; recipients are unit ids or {@code KINDS@UNIT} selectors. */
    public record Item(
            String no,
            String text,
            List<String> recipients,
            List<String> coordinators,
            LocalDate deadline,
            List<String> recipientNames,
            String deadlineText,
            String recurrence) {
    }

    /** {@code periodic}: MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL or null. */
    public record Reporting(String periodic, LocalDate finalReportBy) {
    }

    public record Signer(String authority, String title, String name) {
    }
}
