package vn.hungyen.xhht.intake;

/** The codes a workbook may use: units of the register, indicators and deliverables of the rule pack. */
public interface KnownCodes {

    boolean isUnit(String code);

    boolean isIndicator(String code);

    boolean isDeliverable(String code);
}
