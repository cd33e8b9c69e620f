package vn.hungyen.xhht.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hungyen.xhht.plan.Status;

/** Sheet "Nhiệm vụ": the status of one deliverable per row. */
final class DeliverableSheet extends TableSheet<DeliverableEntry> {

    static final Term SHEET = new Term("Nhiệm vụ", "Deliverables");

    private static final Term DELIVERABLE = new Term("Mã nhiệm vụ", "Deliverable");
    private static final Term STATUS = new Term("Trạng thái", "Status");
    private static final Term COMPLETED_ON = new Term("Ngày hoàn thành", "Completed on");
    private static final Term DOCUMENT = new Term("Số văn bản", "Document no.");
    private static final Term NOTE = new Term("Ghi chú", "Note");

    // catalog reading 17: the words clerks write for each status, matched whatever their case, diacritics
    // and spaces; the first of each is the template's
    private static final Map<Term, Status> STATUSES = Map.ofEntries(
            Map.entry(new Term("Hoàn thành", "DONE"), Status.DONE),
            Map.entry(new Term("Đã hoàn thành", "Completed"), Status.DONE),
            Map.entry(new Term("Xong", "Finished"), Status.DONE),
            Map.entry(new Term("Đang thực hiện", "IN_PROGRESS"), Status.IN_PROGRESS),
            Map.entry(new Term("Đang làm", "In progress"), Status.IN_PROGRESS),
            Map.entry(new Term("Đang triển khai", "Ongoing"), Status.IN_PROGRESS),
            Map.entry(new Term("Chưa thực hiện", "NOT_STARTED"), Status.NOT_STARTED),
            Map.entry(new Term("Chưa", "Not started"), Status.NOT_STARTED),
            Map.entry(new Term("Chưa làm", "Not begun"), Status.NOT_STARTED),
            Map.entry(new Term("Chưa triển khai", "Not yet started"), Status.NOT_STARTED));

    private final Parser<String> deliverable;

    DeliverableSheet(KnownCodes codes) {
        super(List.of(DELIVERABLE, STATUS, COMPLETED_ON, DOCUMENT, NOTE), List.of(DELIVERABLE, STATUS),
                DELIVERABLE, STATUS);
        this.deliverable = CellValues.code(codes::isDeliverable, Problem.UNKNOWN_DELIVERABLE);
    }

    @Override
    DeliverableEntry read(Fields row) {
        String code = row.required(DELIVERABLE, deliverable);
        Status status = row.required(STATUS, DeliverableSheet::status);
        LocalDate completedOn = row.optional(COMPLETED_ON, CellValues::date);
        if (status == Status.DONE && row.isBlank(COMPLETED_ON)) {
            // catalog reading 17: one finding for one mistake; the duty is done, its lateness unknown
            row.note(row.source(COMPLETED_ON), Problem.DONE_WITHOUT_DATE);
        }
        if (!row.isOk()) {
            row.ofRow(code, null);
            return null;
        }
        return new DeliverableEntry(code, status, completedOn, row.text(DOCUMENT), row.text(NOTE),
                row.source(STATUS), row.source(COMPLETED_ON), row.source(DOCUMENT));
    }

    @Override
    Object key(DeliverableEntry entry) {
        return entry.deliverable();
    }

    @Override
    String code(DeliverableEntry entry) {
        return entry.deliverable();
    }

    private static Parsed<Status> status(SheetCell cell) {
        String text = CellValues.text(cell);
        return Term.find(STATUSES.keySet(), text)
                .map(term -> Parsed.ok(STATUSES.get(term)))
                .orElseGet(() -> Parsed.bad(Problem.BAD_STATUS, text));
    }
}
