//@ compile-fail
// Items collected through `by_ref()` borrow the string the iterator reads, not the iterator: mutating the string while they live is refused.
fn main() {
    let mut words = String::from("a b c");
    let mut it = words.split(' ');
    let x: Vec<&str> = it.by_ref().take_while(|w| w.len() < 3).collect();
    drop(it);
    words.push('d'); //~ ERROR E0502
    println!("{:?}", x);
}
