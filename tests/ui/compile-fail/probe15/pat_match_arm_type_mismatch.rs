//@ compile-fail
// Match arms of different types (E0308).
fn main() {
    let n = 1;
    let s = match n {
        1 => "one",
        _ => 0, //~ ERROR E0308
    };
    println!("{}", s);
}
