//@ compile-fail
// The result of `first(&v)` borrows the items' `'a`: the String they point into must outlive it (E0597).
fn first<'a>(xs: &[&'a str]) -> &'a str {
    xs[0]
}

fn main() {
    let r;
    {
        let text = String::from("hello world");
        let v: Vec<&str> = text.split(' ').collect(); //~ ERROR E0597
        r = first(&v);
    }
    println!("{}", r);
}
