//@ compile-fail
// `filter` over `&str` items with a closure taking `&String` (E0631).
fn main() {
    let words = vec!["a", "bb"];
    let n = words.iter().filter(|w: &String| w.len() > 1).count(); //~ ERROR E0631
    //~^ ERROR E0599
    println!("{}", n);
}
