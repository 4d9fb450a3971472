//@ compile-fail
// `i64::MIN + 1..=i64::MAX` misses `i64::MIN`.
fn main() {
    let x: i64 = 0;
    match x { //~ ERROR E0004
        -9223372036854775807..=9223372036854775807 => println!("ok"),
    }
}
