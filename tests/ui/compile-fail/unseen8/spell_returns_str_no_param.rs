//@ compile-fail
// A number speller returns `&str` without any input reference to borrow from.
fn spell_small(n: u8) -> &str { //~ ERROR E0106
    match n {
        0 => "zero",
        1 => "one",
        _ => "many",
    }
}

fn main() {
    println!("{}", spell_small(1));
}
