//@ compile-fail
// items copied out of a captured Vec by a closure called directly keep the String behind them borrowed
fn main() {
    let mut text = String::from("a b");
    let words: Vec<&str> = text.split(' ').collect();
    let pick = |i: usize| words[i];
    let w = pick(1);
    text.clear(); //~ ERROR E0502
    println!("{}", w);
}
