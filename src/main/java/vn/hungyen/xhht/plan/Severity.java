package vn.hungyen.xhht.plan;

public enum Severity {
    HIGH, MEDIUM, LOW;

    /** One step down, LOW staying LOW: what the plan's "Đề nghị" (request, IV.11) to mass organisations means. */
    public Severity lower() {
        return this == HIGH ? MEDIUM : LOW;
    }
}
