//@ compile-fail
// A u128 match missing its upper values: rustc's witness `18446744073709551616_u128..`.
fn kind(x: u128) -> &'static str {
    match x { //~ ERROR E0004
        0 => "zero",
        1..=18446744073709551615 => "u64",
    }
}

fn main() {
    println!("{}", kind(3));
}
