// Watches String and Vec capacities grow while building a report, then reserve, shrink_to_fit, clear and with_capacity.
fn main() {
    let mut report = String::new();
    let mut last_cap = report.capacity();
    println!("start: len {} cap {}", report.len(), last_cap);
    let words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"];
    for w in words.iter() {
        report.push_str(w);
        report.push(' ');
        if report.capacity() != last_cap {
            println!("grew at {:<8} len {:>3} cap {:>3} -> {:>3}", w, report.len(), last_cap, report.capacity());
            last_cap = report.capacity();
        }
    }
    let trimmed = report.trim_end().to_string();
    println!("trimmed copy: len {} cap {}", trimmed.len(), trimmed.capacity());

    report.reserve(100);
    println!("after reserve(100): cap >= {} ? {}", report.len() + 100, report.capacity() >= report.len() + 100);
    report.truncate(10);
    report.shrink_to_fit();
    println!("truncate + shrink: {:?} len {} cap {}", report, report.len(), report.capacity());
    report.clear();
    println!("cleared: len {} cap {}", report.len(), report.capacity());

    let mut lengths: Vec<usize> = Vec::new();
    let mut caps = Vec::new();
    for w in words.iter() {
        lengths.push(w.len());
        if caps.last() != Some(&lengths.capacity()) {
            caps.push(lengths.capacity());
        }
    }
    println!("vec capacities seen: {:?}", caps);

    let mut exact: Vec<String> = Vec::with_capacity(words.len());
    for w in words.iter().filter(|w| w.len() > 4) {
        exact.push(w.to_uppercase());
    }
    println!("with_capacity({}): len {} cap {}", words.len(), exact.len(), exact.capacity());
    exact.shrink_to_fit();
    println!("shrunk: cap {}", exact.capacity());
    let joined = exact.join("-");
    println!("{} (len {}, cap {})", joined, joined.len(), joined.capacity());
    let repeated = "ab".repeat(5);
    println!("{} cap {}", repeated, repeated.capacity());
}
