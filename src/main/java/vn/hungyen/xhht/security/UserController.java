package vn.hungyen.xhht.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Who may sign in, and as what (ADMIN only); passwords are never returned")
class UserController {

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "List the users")
    List<Account> list() {
        return users.all();
    }

    @GetMapping("/{username}")
    @Operation(summary = "Show one user")
    Account one(@PathVariable String username) {
        return users.one(username);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user: username, password (10 characters or more), role, unit (UNIT_REPORTER)")
    Account create(@RequestBody UserEdit edit, Principal principal) {
        return users.create(principal.getName(), edit);
    }

    @PatchMapping("/{username}")
    @Operation(summary = "Change a user's role and unit, disable or enable them, or reset their password")
    Account change(@PathVariable String username, @RequestBody UserEdit edit, Principal principal) {
        return users.change(principal.getName(), username, edit);
    }
}
