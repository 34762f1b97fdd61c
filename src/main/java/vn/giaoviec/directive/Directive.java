package vn.giaoviec.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A registered directive (văn bản chỉ đạo), as stored. */
public record Directive(
        long id,
        String number,
        int numberNo,
        int numberYear,
        String type,
        String issuerId,
        String monitoringUnitId,
        String place,
        LocalDate issuedOn,
        String subject,
        List<String> legalBases,
        String periodic,
        LocalDate finalReportBy,
        DirectiveBody.Signer signer,
        List<String> cc,
        String issuerName,
        List<String> addressees,
        List<String> ccNames,
        Long parentAssignmentId,
        String state,
        String processInstanceId,
        Instant createdAt,
        Instant completedAt,
        String finalReport,
        boolean requireSignedReport) {

    public static final String ACTIVE = "ACTIVE";
    public static final String COMPLETED = "COMPLETED";
    public static final String WITHDRAWN = "WITHDRAWN";

    /** A named item of a directive. */
    public record Item(long id, long directiveId, String no, String text, List<String> recipients,
                       List<String> recipientNames, List<String> coordinators, LocalDate deadline,
                       String deadlineText, String recurrence) {
    }
}
