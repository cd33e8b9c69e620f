package vn.hungyen.xhht.samples;

/** A file of sample-reports/, named by its path inside the folder (as findings name it). */
sealed interface Output {

    String path();

    /** A report workbook. */
    record Workbook(Draft draft) implements Output {

        @Override
        public String path() {
            return draft.path();
        }
    }

    /** A file that is not a workbook, whatever its name says. */
    record Text(String path, String content) implements Output {
    }
}
