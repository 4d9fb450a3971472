//@ compile-fail
// a capturer passes the function's `&str` parameter to a closure storing its argument in a `&'static str` field
struct Failure {
    input: String,
    reason: &'static str,
}

fn parse(s: &str, why: &str) -> Result<u32, Failure> {
    let fail = |reason| Failure { input: s.to_string(), reason }; //~ ERROR lifetime may not live long enough
    let n: u32 = s.trim().parse().map_err(|_| fail(why))?;
    Ok(n)
}

fn main() {
    match parse("x", "not a number") {
        Ok(n) => println!("{n}"),
        Err(f) => println!("{} {}", f.reason, f.input),
    }
}
