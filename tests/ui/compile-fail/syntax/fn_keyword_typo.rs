//@ compile-fail
// A misspelled keyword before a function.
fun helper() -> i32 { //~ ERROR expected one of
    1
}

fn main() {
    println!("{}", helper());
}
