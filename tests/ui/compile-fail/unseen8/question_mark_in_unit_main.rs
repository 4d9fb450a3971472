//@ compile-fail
// `?` is used in a `main` that returns `()`.
fn parse_minutes(s: &str) -> Result<u64, String> {
    s.trim_end_matches('m').parse::<u64>().map_err(|e| e.to_string())
}

fn main() {
    let m = parse_minutes("90m")?; //~ ERROR E0277
    println!("{} seconds", m * 60);
}
