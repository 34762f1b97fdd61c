package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.giaoviec.directive.DirectiveBody.Item;
import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.intake.Warnings.Field;
import vn.giaoviec.kernel.WorkCalendar;
import vn.giaoviec.org.Unit;

/**
 * Reads a directive's text (e-office export, PDF text layer or OCR of a scan without diacritics)
 * into a draft {@link DirectiveBody} (DESIGN §5): what it reads of the organisation becomes unit ids
 * and selectors, what the text says verbatim is kept as printed, and what it cannot read is left
 * null and named in {@code warnings}. It stores nothing and never guesses a value.
 */
public class DirectiveTextParser {

    private static final Pattern BODY_START = Fuzzy.lineStart("can cu", "thuc hien", "tiep theo", "nham", "de", "theo",
            "hien nay");
    private static final Pattern BASIS = Fuzzy.lineStart("can cu", "thuc hien", "tiep theo", "theo");
    private static final Pattern GENERIC = Pattern.compile(Fuzzy.fragment("lien quan"));

    private final RecipientResolver resolver;
    private final DocumentIds ids;
    private final LetterheadReader letterheads;
    private final DeadlineReader deadlines;

    public DirectiveTextParser(Collection<Unit> units, WorkCalendar calendar) {
        this.resolver = new RecipientResolver(units);
        this.ids = new DocumentIds(new Symbols(units));
        this.letterheads = new LetterheadReader(ids, new Places(units));
        this.deadlines = new DeadlineReader(calendar);
    }

    public DirectiveBody parse(String text) {
        return read(text).draft();
    }

    /** A draft and its warnings, each with the field it concerns (the draft holds their texts). */
    record Reading(DirectiveBody draft, List<Warnings.Warning> warnings) {
    }

    Reading read(String text) {
        Doc doc = new Doc(text);
        Warnings warnings = new Warnings();
        int appendix = ItemSplitter.appendixStart(doc, 0);
        int limit = headerLimit(doc, appendix);
        LetterheadReader.Letterhead head = letterheads.read(doc, limit, warnings);
        AddresseeReader.Addressees addressees = AddresseeReader.read(doc, limit);
        int bodyStart = Math.min(Math.max(head.end(), addressees.end()), appendix);
        SignerReader.Tail tail = SignerReader.read(doc, bodyStart, appendix, warnings);
        ItemSplitter.Split split = ItemSplitter.split(doc, bodyStart, Math.max(bodyStart, tail.start()), appendix);

        DocNumber number = head.number();
        String type = type(number, head);
        Unit issuer = issuer(number, head.issuerName(), warnings);
        Unit monitoring = monitoring(issuer, number, type, warnings);
        Function<String, String> ours = ours(issuer, head.issuerName());
        List<String> defaultRecipients = resolved(addressees.names(), addressees.names().stream().map(ours).toList(),
                null, "Không nhận ra đơn vị nhận", warnings);
        DeadlineReader.Deadline implicit = head.subject() == null ? null
                : latest(deadlines.find(head.subject(), DeadlineReader.Mode.SUBJECT, head.issuedOn()));

        List<Item> items = new ArrayList<>();
        List<ReportingReader.ItemText> texts = new ArrayList<>();
        for (ItemSplitter.RawItem raw : split.items()) {
            List<DeadlineReader.Deadline> found = raw.cells() != null
                    ? deadlines.find(raw.cells().deadline(), DeadlineReader.Mode.CELL, head.issuedOn())
                    : deadlines.find(raw.text(), DeadlineReader.Mode.TEXT, head.issuedOn());
            items.add(item(raw, found, ours, addressees.names(), defaultRecipients, implicit, warnings));
            if (raw.cells() == null) {
                texts.add(new ReportingReader.ItemText(raw.text(), found));
            }
        }
        if (items.isEmpty()) {
            warnings.add(Field.ITEMS, "Không tìm thấy nhiệm vụ nào được đánh số hoặc gạch đầu dòng");
        }
        List<String> cc = new ArrayList<>();
        for (String name : tail.ccNames()) {
            String id = ours.apply(name);
            if (id != null && (issuer == null || !id.equals(issuer.id())) && !cc.contains(id)) {
                cc.add(id);
            }
        }
        return new Reading(new DirectiveBody(number == null ? null : number.text(), type,
                issuer == null ? null : issuer.id(), monitoring == null ? null : monitoring.id(), head.place(),
                head.issuedOn(), head.subject(), legalBases(split.preamble()), items, ReportingReader.read(texts),
                tail.signer(), cc, null, head.issuerName(), addressees.names(), tail.ccNames(), warnings.texts()),
                warnings.all());
    }

    /** The first line of the body: a capitalised "Căn cứ"/"Thực hiện"... paragraph, an item or a section. */
    private static int headerLimit(Doc doc, int end) {
        for (int i = 0; i < end; i++) {
            String line = doc.line(i).strip();
            if (Markers.number(line) > 0 || Markers.roman(line) > 0) {
                return i;
            }
            boolean afterBreak = i == 0 || doc.blank(i - 1) || ".;:-_".indexOf(last(doc.line(i - 1))) >= 0;
            if (afterBreak && !line.isEmpty() && Character.isUpperCase(line.codePointAt(0))
                    && BODY_START.matcher(doc.key(i)).find()) {
                return i;
            }
        }
        return end;
    }

    private static char last(String line) {
        return line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
    }

    private static String type(DocNumber number, LetterheadReader.Letterhead head) {
        String bySymbol = number == null ? null : number.type();
        if (bySymbol != null && !("CV".equals(bySymbol) && head.titleType() != null)) {
            return bySymbol;
        }
        if (head.titleType() != null) {
            return head.titleType();
        }
        return head.subject() != null && Fold.key(head.subject()).startsWith("v/v") ? "CV" : null;
    }

    /** The issuer by its symbol; the letterhead's name tells apart units sharing one (UBND). */
    private Unit issuer(DocNumber number, String name, Warnings warnings) {
        List<Unit> bySymbol = number == null || number.issuerSymbol() == null ? List.of()
                : resolver.withSymbol(number.issuerSymbol());
        Unit named = name == null ? null : resolver.unit(name, null);
        Unit issuer = bySymbol.size() == 1 ? bySymbol.get(0)
                : named != null && (bySymbol.isEmpty() || bySymbol.contains(named)) ? named : null;
        if (issuer == null) {
            warnings.add(Field.ISSUER, name == null ? "Không xác định được cơ quan ban hành"
                    : "Cơ quan ban hành không có trong danh mục đơn vị: " + name);
        }
        return issuer;
    }

    /**
     * The id or selector a name stands for, seen from the issuer. Collective names ("các sở, ban,
     * ngành", "UBND các xã, phường") in a letter of a body outside the organisation are that body's
     * own, not ours.
     */
    private Function<String, String> ours(Unit issuer, String issuerName) {
        boolean foreign = issuer == null && issuerName != null;
        return name -> {
            String id = resolver.resolve(name, issuer);
            return foreign && id != null && id.contains("@") ? null : id;
        };
    }

    /** The drafting unit of a công văn's symbol ({@code -VP}); the issuer itself for a named type. */
    private Unit monitoring(Unit issuer, DocNumber number, String type, Warnings warnings) {
        if (issuer == null) {
            return null;
        }
        if (!"CV".equals(type)) {
            return issuer;
        }
        String drafting = number == null ? null : number.draftingSymbol();
        Unit unit = drafting == null ? null : resolver.within(issuer, drafting);
        if (unit == null) {
            warnings.add(Field.MONITORING_UNIT, "Không xác định được đơn vị theo dõi" + (drafting == null ? "" : " (ký hiệu " + drafting + ")"));
        }
        return unit;
    }

    private List<String> legalBases(List<String> preamble) {
        Set<String> bases = new LinkedHashSet<>();
        for (String paragraph : preamble) {
            if (BASIS.matcher(Fold.key(paragraph)).find()) {
                ids.findAll(paragraph).forEach(id -> bases.add(id.text()));
            }
        }
        return List.copyOf(bases);
    }

    private static Item item(ItemSplitter.RawItem raw, List<DeadlineReader.Deadline> found, Function<String, String> ours,
                             List<String> addressees, List<String> defaultRecipients, DeadlineReader.Deadline implicit,
                             Warnings warnings) {
        String no = raw.no();
        List<String> leadNames;
        List<String> coordinatorNames;
        String recurrenceText;
        boolean certain = true;
        if (raw.cells() != null) {
            leadNames = RecipientPhrases.split(raw.cells().lead());
            coordinatorNames = RecipientPhrases.split(raw.cells().coordinators());
            recurrenceText = raw.cells().deadline();
        } else {
            RecipientPhrases.Named named = RecipientPhrases.read(raw.lead());
            leadNames = named.explicit() ? named.leads() : List.of();
            certain = named.certain();
            coordinatorNames = named.coordinators();
            recurrenceText = raw.lead();
        }
        List<String> ids = leadNames.stream().map(ours).toList();
        if (!certain && ids.stream().allMatch(Objects::isNull)) {
            leadNames = List.of(); // it only looked like a unit's name
        }
        List<String> recipients = leadNames.isEmpty() ? defaultRecipients
                : resolved(leadNames, ids, no, "không nhận ra đơn vị", warnings);
        if (recipients.isEmpty()) {
            warnings.item(no, "chưa xác định được đơn vị thực hiện");
        }
        List<String> coordinators = new ArrayList<>();
        for (String name : coordinatorNames) {
            String id = ours.apply(name);
            if (id == null && !GENERIC.matcher(Fold.key(name)).find()) {
                warnings.item(no, "không nhận ra đơn vị phối hợp: " + name);
            } else if (id != null && !coordinators.contains(id) && !recipients.contains(id)) {
                coordinators.add(id);
            }
        }
        DeadlineReader.Deadline deadline = latest(found);
        if (found.stream().map(DeadlineReader.Deadline::date).distinct().count() > 1) {
            warnings.item(no, "có nhiều thời hạn, đã lấy thời hạn muộn nhất: " + deadline.text());
        }
        if (deadline == null) {
            deadline = implicit;
        }
        if (deadline != null && deadline.date() == null) {
            warnings.item(no, "thời hạn \"" + deadline.text() + "\": " + deadline.problem());
        }
        String recurrence = deadline != null && deadline.recurrence() != null ? deadline.recurrence()
                : DeadlineReader.recurrence(recurrenceText);
        return new Item(raw.no(), raw.text(), recipients, coordinators, deadline == null ? null : deadline.date(),
                leadNames.isEmpty() ? addressees : leadNames, deadline == null ? null : deadline.text(), recurrence);
    }

    /** The ids the names resolved to, each once; a name that resolved to none is a warning of item {@code no}. */
    private static List<String> resolved(List<String> names, List<String> ids, String no, String problem,
                                         Warnings warnings) {
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (ids.get(i) == null) {
                warnings.unmapped(no, problem, names.get(i));
            } else if (!distinct.contains(ids.get(i))) {
                distinct.add(ids.get(i));
            }
        }
        return distinct;
    }

    /** The latest dated phrase, else the first undated one, else null. */
    private static DeadlineReader.Deadline latest(List<DeadlineReader.Deadline> found) {
        return found.stream().filter(d -> d.date() != null).max(Comparator.comparing(DeadlineReader.Deadline::date))
                .orElse(found.isEmpty() ? null : found.get(0));
    }
}
