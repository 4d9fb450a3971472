// A closure storing its parameter in a `&'static str` field is called directly and from closures capturing it
struct Failure {
    input: String,
    reason: &'static str,
}

fn parse(s: &str) -> Result<u32, Failure> {
    let fail = |reason| Failure { input: s.to_string(), reason };
    if s.is_empty() {
        return Err(fail("empty"));
    }
    let n: u32 = s.trim().parse().map_err(|_| fail("not a number"))?;
    if n > 100 {
        return Err(fail("too big"));
    }
    Some(n).filter(|n| n % 2 == 0).ok_or_else(|| fail("odd"))
}

fn main() {
    for s in ["", "x", "250", "7", " 42 "] {
        match parse(s) {
            Ok(n) => println!("{:?} -> {}", s, n),
            Err(f) => println!("{:?} -> {} ({:?})", s, f.reason, f.input),
        }
    }
}
