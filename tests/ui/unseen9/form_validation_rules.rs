// A form validator storing named rules as boxed closures, some capturing configuration, applied to several inputs.
struct Rule {
    name: String,
    check: Box<dyn Fn(&str) -> bool>,
}

struct Validator {
    field: &'static str,
    rules: Vec<Rule>,
}

impl Validator {
    fn new(field: &'static str) -> Self {
        Validator { field, rules: Vec::new() }
    }

    fn rule(mut self, name: &str, check: impl Fn(&str) -> bool + 'static) -> Self {
        self.rules.push(Rule { name: name.to_string(), check: Box::new(check) });
        self
    }

    fn validate(&self, value: &str) -> Result<(), Vec<String>> {
        let failed: Vec<String> = self
            .rules
            .iter()
            .filter(|r| !(r.check)(value))
            .map(|r| format!("{}: {}", self.field, r.name))
            .collect();
        if failed.is_empty() { Ok(()) } else { Err(failed) }
    }
}

fn main() {
    let min_len = 8;
    let banned = vec!["password".to_string(), "12345678".to_string()];
    let password = Validator::new("password")
        .rule("too short", move |s| s.len() >= min_len)
        .rule("needs a digit", |s| s.chars().any(|c| c.is_ascii_digit()))
        .rule("needs an uppercase letter", |s| s.chars().any(|c| c.is_uppercase()))
        .rule("is a banned password", move |s| !banned.iter().any(|b| b == &s.to_lowercase()));

    let allowed_domains = ["example.com", "rust-lang.org"];
    let email = Validator::new("email")
        .rule("missing @", |s| s.contains('@'))
        .rule("unknown domain", move |s| {
            s.rsplit_once('@').map(|(_, d)| allowed_domains.contains(&d)).unwrap_or(false)
        });

    let attempts = [
        ("ferris@rust-lang.org", "Crab2024"),
        ("bob@example.com", "short1A"),
        ("eve.example.com", "PASSWORD"),
        ("ann@elsewhere.net", "Password1"),
    ];
    let mut accepted = 0;
    for (e, p) in attempts.iter() {
        let mut problems = Vec::new();
        if let Err(mut errs) = email.validate(e) {
            problems.append(&mut errs);
        }
        if let Err(errs) = password.validate(p) {
            problems.extend(errs);
        }
        if problems.is_empty() {
            accepted += 1;
            println!("{:<22} ok", e);
        } else {
            println!("{:<22} {} problem(s)", e, problems.len());
            for p in problems {
                println!("    - {}", p);
            }
        }
    }
    println!("{}/{} accepted; {} password rules, {} email rules", accepted, attempts.len(), password.rules.len(), email.rules.len());
}
