package vn.hungyen.xhht.web;

import java.io.IOException;
import java.util.ArrayList;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.system.Caller;
import vn.hungyen.xhht.report.IncomingFile;
import vn.hungyen.xhht.review.Uploads;

/**
 * {@code /upload}: a form to send report workbooks, and what became of each file with the findings about it.
 * The result is shown in answer to the POST itself: sending the form again is harmless, since the same bytes
 * are stored only once.
 */
@Controller
@RequestMapping("/upload")
class UploadPage {

    static final String FILES = "files";

    private final Uploads uploads;

    UploadPage(Uploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping
    String form() {
        return "upload";
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(name = FILES, required = false) List<MultipartFile> files, Principal principal,
                  Language language, Model model) throws IOException {
        List<IncomingFile> incoming = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            // a browser sends a nameless empty part when no file was chosen
            if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())) {
                incoming.add(IncomingFile.uploaded(file.getOriginalFilename(), file.getBytes()));
            }
        }
        if (incoming.isEmpty()) {
            model.addAttribute("noFile", true);
            return "upload";
        }
        model.addAttribute("result", uploads.upload(incoming, Caller.of(principal), language));
        return "upload-result";
    }
}
