//@ compile-fail
// An `Option` where its value is expected: rustc proposes `.expect` for a variable or a call, not for `Some(..)` itself.
fn lookup() -> Option<i32> {
    Some(1)
}

fn main() {
    let found: i32 = lookup(); //~ ERROR E0308
    let direct: i32 = Some(5); //~ ERROR E0308
    println!("{} {}", found, direct);
}
