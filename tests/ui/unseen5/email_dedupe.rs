// Normalises and deduplicates email addresses with a HashSet, keeping first-seen order.
use std::collections::HashSet;

fn normalise(raw: &str) -> Option<String> {
    let raw = raw.trim().to_lowercase();
    let (user, domain) = raw.split_once('@')?;
    if user.is_empty() || !domain.contains('.') {
        return None;
    }
    let user = user.split('+').next().unwrap_or(user);
    Some(format!("{}@{}", user, domain))
}

fn main() {
    let inbox = [
        "Ann@Example.com",
        " ann+news@example.com",
        "bob@site.org",
        "not-an-email",
        "BOB@site.org ",
        "carl@nodot",
        "dora+x+y@mail.net",
    ];
    let mut seen = HashSet::new();
    let mut unique = Vec::new();
    let mut rejected = 0;
    for raw in inbox.iter() {
        match normalise(raw) {
            Some(e) => {
                if seen.insert(e.clone()) {
                    unique.push(e);
                }
            }
            None => rejected += 1,
        }
    }
    println!("{} unique, {} rejected", unique.len(), rejected);
    for e in &unique {
        println!("  {}", e);
    }
    let domains: HashSet<&str> = unique.iter().filter_map(|e| e.split('@').nth(1)).collect();
    let mut d: Vec<_> = domains.into_iter().collect();
    d.sort_unstable();
    println!("domains: {:?}", d);
    println!("contains bob: {}", seen.contains("bob@site.org"));
}
