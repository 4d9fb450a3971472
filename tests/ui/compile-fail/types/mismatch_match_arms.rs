//@ compile-fail
// Match arms returning different types.
fn main() {
    let n = 2;
    let s = match n {
        1 => "one",
        _ => n, //~ ERROR E0308
    };
    println!("{}", s);
}
