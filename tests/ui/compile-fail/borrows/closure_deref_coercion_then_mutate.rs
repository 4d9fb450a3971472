//@ compile-fail
// A closure using `r: &mut String` as `&str` borrows `*r`: mutating through `r` while the closure is alive is refused.
fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn main() {
    let mut s = String::from("hello");
    let r = &mut s;
    let loud = || shout(r);
    r.push('!'); //~ ERROR E0502
    println!("{}", loud());
}
