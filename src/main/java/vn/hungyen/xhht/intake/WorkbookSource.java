package vn.hungyen.xhht.intake;

import java.io.IOException;
import java.util.List;

/** An open workbook file, as the intake needs it: its sheet names, and any sheet's rows. */
interface WorkbookSource extends AutoCloseable {

    List<String> sheetNames();

    /** The rows of the sheet at {@code index} of {@link #sheetNames()}. */
    Grid sheet(int index) throws IOException;

    @Override
    void close() throws IOException;
}
