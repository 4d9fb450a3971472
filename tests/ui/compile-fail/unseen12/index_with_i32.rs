//@ compile-fail
// A Vec is indexed with an i32 variable instead of usize.
fn main() {
    let days = vec!["mon", "tue", "wed"];
    let i: i32 = 1;
    println!("{}", days[i]); //~ ERROR E0277
}
