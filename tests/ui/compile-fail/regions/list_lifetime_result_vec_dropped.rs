//@ compile-fail
// `fn first<'a>(xs: &'a [&str]) -> &'a str` ties the result to the list itself: the Vec must outlive it (E0597).
fn first<'a>(xs: &'a [&str]) -> &'a str {
    xs[0]
}

fn main() {
    let text = String::from("hello world");
    let r;
    {
        let v: Vec<&str> = text.split(' ').collect();
        r = first(&v); //~ ERROR E0597
    }
    println!("{}", r);
}
