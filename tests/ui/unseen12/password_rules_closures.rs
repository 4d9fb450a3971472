// A password validator storing named rules as boxed closures in a struct, some capturing settings.
struct Rule {
    name: String,
    check: Box<dyn Fn(&str) -> bool>,
}

struct Validator {
    rules: Vec<Rule>,
}

impl Validator {
    fn new() -> Self {
        Validator { rules: Vec::new() }
    }

    fn rule(mut self, name: &str, check: impl Fn(&str) -> bool + 'static) -> Self {
        self.rules.push(Rule { name: name.to_string(), check: Box::new(check) });
        self
    }

    fn failures(&self, pw: &str) -> Vec<&str> {
        self.rules.iter().filter(|r| !(r.check)(pw)).map(|r| r.name.as_str()).collect()
    }
}

fn min_length(n: usize) -> impl Fn(&str) -> bool {
    move |pw| pw.chars().count() >= n
}

fn main() {
    let banned = vec![String::from("password"), String::from("letmein")];
    let specials = "!@#$%";
    let v = Validator::new()
        .rule("length >= 8", min_length(8))
        .rule("has digit", |pw| pw.chars().any(|c| c.is_ascii_digit()))
        .rule("has upper", |pw| pw.chars().any(char::is_uppercase))
        .rule("has special", move |pw| pw.chars().any(|c| specials.contains(c)))
        .rule("not banned", move |pw| !banned.iter().any(|b| pw.to_lowercase().contains(b.as_str())));

    let attempts = ["hunter2", "Password123!", "C0rrect#Horse", "short", "ALLCAPS99$"];
    for pw in attempts {
        let failed = v.failures(pw);
        if failed.is_empty() {
            println!("{:<14} accepted", pw);
        } else {
            println!("{:<14} rejected: {}", pw, failed.join(", "));
        }
    }
    let mut attempts_left = 3;
    let mut try_login = |pw: &str| -> bool {
        attempts_left -= 1;
        pw == "C0rrect#Horse"
    };
    println!("{} {} {}", try_login("x"), try_login("y"), try_login("C0rrect#Horse"));
    println!("attempts left: {}", attempts_left);
    println!("{} rules", v.rules.len());
}
