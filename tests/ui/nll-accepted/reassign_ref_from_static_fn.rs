// A variable initialised from a `&'static str` function may later borrow a local.
fn name() -> &'static str {
    "a"
}

fn main() {
    let mut s = name();
    let owned = String::from("b");
    s = &owned;
    println!("{}", s);
}
