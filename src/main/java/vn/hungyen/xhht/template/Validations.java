package vn.hungyen.xhht.template;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.hungyen.xhht.message.Messages;

/**
 * The checks Excel makes as the sender types, so that most mistakes are caught before the file is sent.
 * Only the status list stops a wrong entry: the reader is more lenient than Excel's checks (it reads a date
 * typed as text, a percent typed with its sign), so the others only warn.
 */
final class Validations {

    // a completion or sending date outside these years is a typing mistake, not a date of the plan
    private static final String FIRST_DAY = "DATE(2010,1,1)";
    private static final String LAST_DAY = "DATE(2030,12,31)";

    private final Messages messages;

    Validations(Messages messages) {
        this.messages = messages;
    }

    /** Adds the validation of {@code input}, if it has one, to the cells. */
    void apply(XSSFSheet sheet, Input input, CellRangeAddressList cells) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = switch (input) {
            case STATUS -> helper.createExplicitListConstraint(Contract.STATUSES.toArray(String[]::new));
            case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, FIRST_DAY, LAST_DAY, null);
            case PERCENT -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
            case COUNT -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case POSITIVE_COUNT -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "1", null);
            case PREFILLED, TEXT, REFERENCE -> null;
        };
        if (constraint == null) {
            return;
        }
        DataValidation validation = helper.createValidation(constraint, cells);
        String key = "template.validation." + input;
        validation.setErrorStyle(input == Input.STATUS ? DataValidation.ErrorStyle.STOP
                : DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox(messages.text(key + ".title"), messages.text(key));
        validation.setShowErrorBox(true);
        validation.createPromptBox(messages.text(key + ".title"), messages.text(key));
        validation.setShowPromptBox(true);
        validation.setEmptyCellAllowed(true);
        // POI's XSSF flag is inverted: "suppress" writes showDropDown="0", which is what shows the list's arrow
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
