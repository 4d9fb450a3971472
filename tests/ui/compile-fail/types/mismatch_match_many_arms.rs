//@ compile-fail
// One arm of a long `match` gives an integer where the earlier arms gave `&str`.
fn main() {
    let n = 6;
    let word = match n { 1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", _ => n }; //~ ERROR E0308
    println!("{}", word);
}
