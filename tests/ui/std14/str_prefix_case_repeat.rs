// strip_prefix/strip_suffix chains, trim_start_matches with arrays and closures, eq_ignore_ascii_case, repeat and to_ascii_uppercase allocations.
fn parse_cmd(line: &str) -> String {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix("say ") {
        format!("SAY[{}]", rest.trim_start_matches(' '))
    } else if let Some(n) = line.strip_prefix("rep ").and_then(|r| r.parse::<usize>().ok()) {
        "ab".repeat(n)
    } else if line.eq_ignore_ascii_case("QUIT") {
        String::from("bye")
    } else {
        line.to_ascii_uppercase()
    }
}

fn main() {
    for l in ["say   hi", "rep 3", "rep x", "quit", "QuIt", "other", "  say  x  "] {
        let r = parse_cmd(l);
        println!("{:?} -> {:?} (cap {})", l, r, r.capacity());
    }
    let path = "///usr//local/bin///";
    println!("{:?}", path.trim_start_matches('/'));
    println!("{:?}", path.trim_end_matches('/'));
    println!("{:?}", path.trim_matches(['/', 'u']));
    println!("{:?}", "123abc456".trim_start_matches(|c: char| c.is_ascii_digit()));
    println!("{:?}", "xxhixx".strip_suffix("xx").and_then(|s| s.strip_prefix("xx")));
    println!("{:?}", "file.tar.gz".strip_suffix(".gz").map(|s| s.strip_suffix(".tar")));
    println!("{:?}", "".repeat(5));
    println!("{:?}", "-".repeat(0));
    println!("{:?}", "ab".repeat(1).to_ascii_lowercase());
    let mut owned = String::from("Hello World");
    owned.make_ascii_uppercase();
    println!("{} {}", owned, owned.to_lowercase());
    println!("{}", "Straße".to_uppercase());
}
