package vn.hungyen.xhht.review;

import java.util.List;

/**
 * The outcome of an upload, file by file in the order sent, and the evaluation made after it (the previous
 * one when nothing was stored).
 */
public record UploadResult(List<FileOutcome> files, EvaluationInfo evaluation) {
}
