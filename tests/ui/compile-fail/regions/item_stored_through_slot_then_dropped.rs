//@ compile-fail
// A borrow stored through `*slot = &t` and copied into an array is an item `first` returns: E0597.
fn first<'a>(xs: &[&'a str]) -> &'a str {
    xs[0]
}

fn main() {
    let mut x: &str = "a";
    let r;
    {
        let t = String::from("b");
        let slot = &mut x;
        *slot = &t; //~ ERROR E0597
        let arr = [x];
        r = first(&arr);
    }
    println!("{}", r);
}
