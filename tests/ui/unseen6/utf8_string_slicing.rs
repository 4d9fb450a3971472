// Strings and UTF-8: byte vs char lengths, char_indices, safe slicing at boundaries, case changes, bytes.
fn first_n_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).flat_map(|c| c.to_uppercase()).collect()
}

fn main() {
    let words = ["hello", "héllo", "naïve café", "Здравствуйте", "日本語", "🦀 crab"];
    for w in words {
        println!(
            "{:<14} bytes {:>2}  chars {:>2}  first3 {:?}  boundary(2) {}",
            w,
            w.len(),
            w.chars().count(),
            first_n_chars(w, 3),
            w.is_char_boundary(2)
        );
    }
    let s = String::from("Grüße, Jürgen!");
    for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("non-ascii {:?} at byte {} ({} bytes)", c, i, c.len_utf8());
    }
    println!("upper {}", s.to_uppercase());
    println!("lower {}", s.to_lowercase());
    println!("find 'J' at {:?}, find \"ß\" at {:?}", s.find('J'), s.find("ß"));
    println!("replace: {}", s.replace("ü", "ue"));
    println!("initials: {}", initials("ada lovelace  grace hopper"));
    let bytes: Vec<u8> = "aé".bytes().collect();
    println!("bytes of aé: {:?}", bytes);
    let from_bytes = String::from_utf8(vec![82, 117, 115, 116]).unwrap();
    println!("from bytes: {}", from_bytes);
    let bad = String::from_utf8(vec![0xff, 0x61]);
    println!("invalid utf8 is_err: {}", bad.is_err());
    let mut t = String::new();
    for c in ['a', 'é', '€', '𝄞'] {
        t.push(c);
        println!("pushed {:?}: len {} cap>=len {}", c, t.len(), t.capacity() >= t.len());
    }
    let reversed: String = t.chars().rev().collect();
    println!("{} reversed is {}", t, reversed);
    println!("trimmed: {:?}", "  \tpadded text \n".trim());
    println!("strip: {:?} {:?}", "v1.2".strip_prefix('v'), "file.rs".strip_suffix(".txt"));
}
