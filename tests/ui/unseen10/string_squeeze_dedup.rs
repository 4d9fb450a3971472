// Cleans user input: squeezes repeated spaces with dedup_by, drops punctuation with retain, and normalises case.
fn squeeze_spaces(s: &str) -> String {
    let mut chars: Vec<char> = s.trim().chars().collect();
    chars.dedup_by(|a, b| *a == ' ' && *b == ' ');
    chars.into_iter().collect()
}

fn strip_punct(s: &mut String) {
    s.retain(|c| c.is_alphanumeric() || c == ' ');
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn main() {
    let inputs = ["  hello,,   WORLD!!  ", "the   QUICK brown   fox.", "  ÉCOLE   normale  ", "a  b   c"];
    for raw in inputs.iter() {
        let mut s = squeeze_spaces(raw);
        strip_punct(&mut s);
        let t = title_case(&s);
        println!("{:?} -> {:?} -> {:?}", raw, s, t);
    }
    let mut ids = vec![3, 3, 3, 7, 7, 1, 3, 3, 9, 9, 9, 9];
    ids.dedup();
    println!("dedup: {:?}", ids);
    let mut words = vec!["apple", "Avocado", "banana", "Blueberry", "cherry", "apricot"];
    words.dedup_by_key(|w| w.chars().next().unwrap().to_ascii_lowercase());
    println!("first of each letter run: {:?}", words);
    let mut line = String::from("tab\tseparated\tvalues");
    line = line.replace('\t', " | ");
    line.truncate(15);
    println!("{:?} (len {})", line, line.len());
}
