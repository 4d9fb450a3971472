//@ compile-fail
// a closure copying a captured `&str` out: the result borrows the String that `&str` points into
fn main() {
    let text = String::from("hi");
    let s: &str = &text;
    let get = || s;
    let got = get();
    drop(text); //~ ERROR E0505
    println!("{}", got);
}
