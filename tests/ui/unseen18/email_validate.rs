// Email address validation with a list of rules: local part and domain split with rsplit_once, errors collected as Strings.
fn validate(addr: &str) -> Result<(&str, &str), Vec<String>> {
    let mut problems = Vec::new();
    let (local, domain) = match addr.rsplit_once('@') {
        Some(parts) => parts,
        None => return Err(vec![String::from("missing '@'")]),
    };
    if local.is_empty() {
        problems.push("empty local part".to_string());
    }
    if local.len() > 64 {
        problems.push(format!("local part too long ({})", local.len()));
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        problems.push(String::from("misplaced dot in local part"));
    }
    if let Some(bad) = local.chars().find(|c| !(c.is_ascii_alphanumeric() || "._+-".contains(*c))) {
        problems.push(format!("invalid character {:?} in local part", bad));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        problems.push(format!("domain {:?} has no dot", domain));
    }
    for label in &labels {
        if label.is_empty() {
            problems.push("empty domain label".into());
        } else if label.starts_with('-') || label.ends_with('-') {
            problems.push(format!("label {:?} starts or ends with '-'", label));
        }
    }
    if let Some(tld) = labels.last() {
        if tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
            problems.push(format!("bad top-level domain {:?}", tld));
        }
    }
    if problems.is_empty() { Ok((local, domain)) } else { Err(problems) }
}

fn main() {
    let addrs = [
        "ana@example.com",
        "first.last+tag@mail.example.co.uk",
        "no-at-sign.example.com",
        "@example.com",
        "bob..smith@example.com",
        "weird!chars@ex-ample.org",
        "x@localhost",
        "y@-bad-.c0m",
        "quote\"d@a..b",
    ];
    let mut valid = 0;
    for a in addrs.iter() {
        match validate(a) {
            Ok((l, d)) => {
                valid += 1;
                println!("OK   {:<36} local={} domain={}", a, l, d);
            }
            Err(ps) => {
                println!("FAIL {:<36} {}", a, ps.join("; "));
            }
        }
    }
    println!("{}/{} valid", valid, addrs.len());
}
