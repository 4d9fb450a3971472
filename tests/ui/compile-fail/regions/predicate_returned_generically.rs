//@ compile-fail
// A generic function handing its argument back keeps the closure's captured borrow in its result.
fn keep<T>(t: T) -> T {
    t
}

fn main() {
    let words = ["ab", "cd"];
    let lower = String::from("ab");
    let pred = keep(|w: &&&str| ***w == lower);
    drop(lower); //~ ERROR E0505
    println!("{}", words.iter().filter(pred).count());
}
