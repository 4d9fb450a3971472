// A String grows like a Vec<u8>: capacity 8 first, then doubling; multi-byte chars count in bytes.
fn grow_report(label: &str, s: &String) {
    println!("{:<10} len {:>3} cap {:>3}", label, s.len(), s.capacity());
}

fn main() {
    let mut s = String::new();
    let mut caps = Vec::new();
    for c in "abcdefghijklmnopqrstuvwxyz".chars() {
        s.push(c);
        if caps.last() != Some(&s.capacity()) {
            caps.push(s.capacity());
        }
    }
    println!("{} -> capacities {:?}", s.len(), caps);
    let mut accents = String::new();
    for c in ['é', 'à', 'ç', 'ü'] {
        accents.push(c);
        println!("pushed {} len {} chars {} cap {}", c, accents.len(), accents.chars().count(), accents.capacity());
    }
    let repeated = "ab".repeat(10);
    println!("repeat: len {} cap {}", repeated.len(), repeated.capacity());
    let from_literal = String::from("exact");
    println!("from literal: cap {}", from_literal.capacity());
    let mut appended = from_literal;
    appended.push_str(" plus");
    println!("after push_str: {} cap {}", appended, appended.capacity());
    grow_report("appended", &appended);
    let upper = appended.to_uppercase();
    println!("to_uppercase: cap {}", upper.capacity());
    let replaced = upper.replace("PLUS", "+");
    println!("{} cap {}", replaced, replaced.capacity());
}
